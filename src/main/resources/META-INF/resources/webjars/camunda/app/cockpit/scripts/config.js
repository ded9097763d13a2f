/*
 * Sinergi's Cockpit configuration (replaces the webjar's scripts/config.js, which is empty in 7.24:
 * `export default {}`). See https://docs.camunda.org/manual/7.24/webapps/cockpit/extend-configuration/
 */
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Sinergi'
  },
  // Bahasa Indonesia (locales/id.json) by default, English with ?lang=en.
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  customScripts: [
    // resolved against app/cockpit/ -> app/cockpit/scripts/sinergi-locale/locale.js
    'scripts/sinergi-locale/locale'
  ]
};
