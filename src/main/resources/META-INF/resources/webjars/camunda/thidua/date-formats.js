/*
 * Vietnamese date formats (dd/MM/yyyy HH:mm) in Cockpit and Admin too. Tasklist applies the dateFormat of
 * its config.js, but Cockpit sets its own formats at start-up (ISO: 2026-11-28T08:03:30) and Admin keeps
 * the library's defaults, whatever config.js says. Custom scripts are loaded before the app starts, so a
 * config block added here runs after the app's own and wins.
 */
import { dateFormat } from './common-config.js';

const angular = window.angular;

['cam.cockpit', 'cam.admin'].forEach((name) => {
  let app;
  try {
    app = angular && angular.module(name);
  } catch (e) {
    return; // another app: this module is not loaded here
  }
  if (app) {
    app.config(['camDateFormatProvider', (formats) => {
      Object.keys(dateFormat).forEach((key) => formats.setDateFormat(dateFormat[key], key));
    }]);
  }
});

export default [];
