/*
 * Settings shared by the four Camunda webapps of "Thi đua - khen thưởng": the application's name,
 * Vietnamese date formats, and the language: Vietnamese whatever the browser's language, English
 * only when the user chooses it with the switch in the header (kept in this browser).
 */
export const LOCALE_KEY = 'thidua.locale';

export function chosenLocale() {
  try {
    return window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'vi';
  } catch (e) {
    return 'vi';
  }
}

export const app = {
  name: 'Thi đua - khen thưởng',
  vendor: 'Sở LĐ-TB&XH'
};

// dd/MM/yyyy HH:mm (moment.js tokens)
export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'dddd, DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY'
};

// Only the chosen locale is offered, so the browser's language never overrides it.
export const locales = {
  availableLocales: [chosenLocale()],
  fallbackLocale: chosenLocale()
};

// Loaded by each app from /camunda/app/<app>/ (see customScripts in its config.js).
export const customScripts = ['../../thidua/language-switch', '../../thidua/date-formats', '../../thidua/form-messages'];
