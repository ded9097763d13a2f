// Sinergi: fixes to Camunda Tasklist 7.24 (the last Community release gets no more patches).
// Loaded as a custom script before Tasklist's AngularJS app starts, so the decorators apply.

const TASK_UNAVAILABLE = 'Tugas ini tidak ada, sudah selesai, atau bukan untuk Anda '
  + '(misalnya tugas Pemda lain). Pilih tugas dari daftar di sebelah kiri.';
// Tasklist's notification service, once AngularJS created it (see the decorator below).
let notifications = null;
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
      // 1b. A task that is gone or not the user's (another Pemda's link) reads
      //     "<task> <- No matching task with id …": say it plainly.
      const MISSING_TASK = /No matching task|task is null|<task> <-/;
      $provide.decorator('Notifications', [
        '$delegate',
        function(Notifications) {
          notifications = Notifications;
          const addError = Notifications.addError;
          Notifications.addError = function(notification) {
            if (notification && typeof notification.message === 'string') {
              notification.message = PREFIXES.reduce(
                (text, prefix) => text.replace(prefix, ''), notification.message);
              if (MISSING_TASK.test(notification.message)) {
                notification.status = 'Tugas tidak tersedia';
                notification.message = TASK_UNAVAILABLE;
              }
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

// 4. After "Selesaikan": old error messages go, and a confirmation says what happens next
//    ("Tugas selesai; berikutnya: … oleh …", from GET /api/tasks/{id}/completion). Tasklist
//    talks to the engine through XMLHttpRequest; a successful submit-form (204) of a task is
//    the completion.
const SUBMIT = /\/task\/([^/?]+)\/submit-form$/;
const SAVE_OR_SUBMIT = /\/(submit-form|variables|claim|unclaim)$/;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function(method, url) {
  if (String(method).toUpperCase() === 'POST' && typeof url === 'string' && SAVE_OR_SUBMIT.test(url)) {
    this.addEventListener('load', () => {
      if (this.status < 200 || this.status >= 300 || !notifications) {
        return;
      }
      notifications.clearAll();
      const completed = SUBMIT.exec(url);
      if (completed) {
        confirmCompletion(decodeURIComponent(completed[1]));
      }
    });
  }
  return open.apply(this, arguments);
};

function confirmCompletion(taskId) {
  fetch('/api/tasks/' + encodeURIComponent(taskId) + '/completion', {
    credentials: 'same-origin', headers: {Accept: 'application/json'}
  }).then(response => response.ok ? response.json() : null).then(body => {
    const $rootScope = window.angular && window.angular.element(document.body).injector()
      && window.angular.element(document.body).injector().get('$rootScope');
    const show = () => notifications.addMessage({
      status: 'Selesai', message: body ? body.message : 'Tugas selesai.', duration: 20000,
      type: 'success'
    });
    if ($rootScope) {
      $rootScope.$applyAsync(show);
    } else {
      show();
    }
  }).catch(() => {});
}

export default {
  id: 'sinergi-fixes',
  pluginPoint: 'tasklist.navbar.action',
  priority: -100,
  render: function() {}
};
