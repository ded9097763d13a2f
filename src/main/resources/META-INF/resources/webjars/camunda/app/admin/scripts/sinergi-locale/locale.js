/*
 * Sinergi: Bahasa Indonesia by default in Camunda Admin (locales/id.json), English with ?lang=en
 * (remembered in localStorage; ?lang=id switches back). Admin itself would pick
 * navigator.languages[0]; this config block runs after its own and sets the language.
 * Only the chosen locale is loaded: a second one would redefine moment.js's global locale.
 */
const KEY = 'sinergi.admin.lang';
const hash = window.location.hash || '';
const fromUrl = new URLSearchParams(window.location.search).get('lang')
  || new URLSearchParams(hash.indexOf('?') > -1 ? hash.substring(hash.indexOf('?') + 1) : '').get('lang');
let lang = 'id';
try {
  if (fromUrl === 'id' || fromUrl === 'en') {
    window.localStorage.setItem(KEY, fromUrl);
  }
  lang = window.localStorage.getItem(KEY) === 'en' ? 'en' : 'id';
} catch (e) {
  lang = fromUrl === 'en' ? 'en' : 'id';
}
document.documentElement.setAttribute('lang', lang);
if (window.angular) {
  window.angular.module('cam.admin').config(['$translateProvider', function($translateProvider) {
    $translateProvider.preferredLanguage(lang);
    $translateProvider.fallbackLanguage(lang);
  }]);
}
export default [];
