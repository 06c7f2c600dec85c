/*
 * A language switch (Tiếng Việt / English) in the header of every Camunda webapp. The choice is kept
 * in this browser (localStorage) and applied by reloading the page.
 */
import { LOCALE_KEY, chosenLocale } from './common-config.js';
import { el } from './plugin-kit.js';

function addSwitch() {
  if (document.getElementById('thidua-language-switch')) {
    return true;
  }
  const current = chosenLocale();
  const button = el('button', {
    id: 'thidua-language-switch',
    type: 'button',
    className: 'btn btn-link',
    title: current === 'vi' ? 'Switch to English' : 'Chuyển sang tiếng Việt',
    lang: current === 'vi' ? 'en' : 'vi',
    style: 'position:fixed;right:12px;bottom:8px;z-index:2000;background:#fff;'
      + 'border:1px solid #ccc;border-radius:4px;padding:2px 10px;font-size:12px;'
  }, current === 'vi' ? 'English' : 'Tiếng Việt');
  button.addEventListener('click', () => {
    try {
      window.localStorage.setItem(LOCALE_KEY, current === 'vi' ? 'en' : 'vi');
    } catch (e) {
      // private mode: the choice cannot be kept
    }
    window.location.reload();
  });
  document.body.appendChild(button);
  return true;
}

if (document.body) {
  addSwitch();
} else {
  window.addEventListener('DOMContentLoaded', addSwitch);
}

export default [];
