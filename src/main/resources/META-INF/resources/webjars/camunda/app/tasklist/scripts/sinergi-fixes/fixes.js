// Sinergi: fixes to Camunda Tasklist 7.24 (the last Community release gets no more patches).
// Loaded as a custom script before Tasklist's AngularJS app starts, so the decorators apply.
if (window.angular) {
  window.angular.module('cam.tasklist').config([
    '$provide',
    function($provide) {
      // 1. The engine REST API prefixes form refusals with English text and the task id
      //    ("Cannot submit task form <id>: Kolom 'X': ..."); show only the reason.
      const PREFIXES = [
        /^Cannot submit task form [^:]+: /,
        /^Cannot instantiate process definition [^:]+: /
      ];
      $provide.decorator('Notifications', [
        '$delegate',
        function(Notifications) {
          const addError = Notifications.addError;
          Notifications.addError = function(notification) {
            if (notification && typeof notification.message === 'string') {
              notification.message = PREFIXES.reduce(
                (text, prefix) => text.replace(prefix, ''), notification.message);
            }
            return addError.apply(this, arguments);
          };
          return Notifications;
        }
      ]);
      // 2. form-js 1.8.7 reports an edited field inside a dynamic list as errors[fieldId] = []
      //    and Tasklist counts the keys, so "Selesaikan" stays disabled for ever. For Camunda
      //    Forms ignore that flag: completing runs form-js' full validation anyway (errors are
      //    shown in the form and nothing is sent), and the server validates again.
      $provide.decorator('camTasklistFormDirective', [
        '$delegate',
        function($delegate) {
          const directive = $delegate[0];
          const original = directive.controller;
          const body = original[original.length - 1];
          directive.controller = original.slice(0, -1).concat(function() {
            body.apply(this, arguments);
            const $scope = arguments[0];
            const notify = this.notifyFormValidated;
            this.notifyFormValidated = function(invalid) {
              const camundaForm = $scope.tasklistForm && $scope.tasklistForm.type === 'camunda-forms';
              return notify.call(this, camundaForm ? false : invalid);
            };
          });
          return $delegate;
        }
      ]);
    }
  ]);
} else {
  console.error('sinergi-fixes: AngularJS not found, Tasklist fixes not applied');
}

// 3. Nothing typed is lost when the user switches to another tab (e.g. to upload a document
//    the server asked for): the form is saved locally first, as Tasklist's "Simpan" does.
document.addEventListener('click', function(event) {
  if (!event.target.closest || !event.target.closest('.nav-tabs a')) {
    return;
  }
  const save = document.querySelector('button[ng-click="save($event)"]:not([disabled])');
  if (save) {
    save.click();
  }
}, true);

export default {
  id: 'sinergi-fixes',
  pluginPoint: 'tasklist.navbar.action',
  priority: -100,
  render: function() {}
};
