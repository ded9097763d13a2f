/*
 * Sinergi: Bahasa Indonesia by default in Camunda Tasklist, English on request.
 *
 * Loaded through `customScripts` in ../config.js. Camunda 7.24 import()s custom
 * scripts after the 'cam.tasklist' AngularJS module and its angular-translate
 * config block have been registered, but before angular.bootstrap(). Tasklist's own
 * config block calls $translateProvider.determinePreferredLanguage() with
 * navigator.languages[0] (so an en-US browser would get English). The config block
 * added here runs after it and overrides the preferred (and fallback) language with
 * the user's choice, Indonesian unless English was chosen.
 *
 * Choosing a language:
 *   - the header link "English" / "Bahasa Indonesia" (plugin point tasklist.navbar.action), or
 *   - ?lang=en / ?lang=id in the URL (before or after the '#'),
 * the choice is remembered in localStorage under 'sinergi.tasklist.lang'.
 */
const STORAGE_KEY = 'sinergi.tasklist.lang';
const DEFAULT_LANG = 'id';
const LANGS = {
  id: {switchLabel: 'English', switchTitle: 'Switch to English', other: 'en'},
  en: {switchLabel: 'Bahasa Indonesia', switchTitle: 'Ganti ke Bahasa Indonesia', other: 'id'}
};

function isSupported(value) {
  return Object.prototype.hasOwnProperty.call(LANGS, value);
}

function readStored() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null;
  }
}

function store(lang) {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch (e) {
    // storage unavailable: the choice only lasts for this page view
  }
}

function langFromUrl() {
  const hash = window.location.hash || '';
  const hashQuery = hash.indexOf('?') > -1 ? hash.substring(hash.indexOf('?') + 1) : '';
  const value =
    new URLSearchParams(window.location.search).get('lang') ||
    new URLSearchParams(hashQuery).get('lang');
  return value ? value.toLowerCase() : null;
}

function urlWithoutLang() {
  const url = new URL(window.location.href);
  url.searchParams.delete('lang');
  const hash = url.hash;
  const q = hash.indexOf('?');
  if (q > -1) {
    const params = new URLSearchParams(hash.substring(q + 1));
    params.delete('lang');
    const rest = params.toString();
    url.hash = hash.substring(0, q) + (rest ? '?' + rest : '');
  }
  return url.toString();
}

function chooseLanguage() {
  const fromUrl = langFromUrl();
  if (fromUrl && isSupported(fromUrl)) {
    store(fromUrl);
    return fromUrl;
  }
  const stored = readStored();
  return stored && isSupported(stored) ? stored : DEFAULT_LANG;
}

const lang = chooseLanguage();
document.documentElement.setAttribute('lang', lang);

if (window.angular) {
  window.angular.module('cam.tasklist').config([
    '$translateProvider',
    function($translateProvider) {
      $translateProvider.preferredLanguage(lang);
      // Load only the chosen locale file: every loaded locale also (re)defines the
      // global moment.js locale, so loading a second (fallback) locale could make
      // dates appear in the other language.
      $translateProvider.fallbackLanguage(lang);
    }
  ]);
} else {
  console.error('sinergi-locale: AngularJS not found, language choice ignored');
}

// Header link to switch language (a Tasklist frontend plugin).
export default {
  id: 'sinergi-language-switch',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: function(node) {
    const target = LANGS[lang].other;
    const link = document.createElement('a');
    link.href = '#';
    link.className = 'sinergi-language-link';
    link.setAttribute('lang', target);
    link.title = LANGS[lang].switchTitle;
    link.textContent = LANGS[lang].switchLabel;
    link.addEventListener('click', function(event) {
      event.preventDefault();
      store(target);
      // drop a ?lang= that would otherwise override the new choice, then reload
      // so that labels, dates (moment.js) and cached views all use the new language
      window.history.replaceState(window.history.state, '', urlWithoutLang());
      window.location.reload();
    });
    node.appendChild(link);
  }
};
