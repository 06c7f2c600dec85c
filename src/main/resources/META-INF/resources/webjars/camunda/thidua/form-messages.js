/*
 * Vietnamese in Camunda Forms (form-js) and the webapps' frame. form-js writes its validation messages and
 * its placeholders in English ("Field is required.", "Select", "Search") whatever the language; they are
 * translated here as they appear, unless the user chose English with the language switch. The banner the
 * community edition shows about Camunda 8 concerns those who run the software, not the Department's staff:
 * it is hidden (the operators' notes are in docs/operations.md).
 */
import { chosenLocale } from './common-config.js';

const MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này bắt buộc nhập.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị không được nhỏ hơn ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị không được lớn hơn ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Phải nhập ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Không được nhập quá ${m[1]} ký tự.`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Số điện thoại không hợp lệ (ví dụ +842713870000).']
];

// form-js 1.8's placeholders: the empty choice of a select, the search field of a searchable select or tag list
const SELECT_PLACEHOLDER = 'Chọn';
const SEARCH_PLACEHOLDER = 'Tìm';

function translatePlaceholders(root) {
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  root.querySelectorAll('.fjs-container input[placeholder="Search"]').forEach((input) => {
    input.setAttribute('placeholder', SEARCH_PLACEHOLDER);
  });
}

function translate(node) {
  const text = node.nodeValue && node.nodeValue.trim();
  if (!text || !node.parentElement) {
    return;
  }
  if (text === 'Select' && node.parentElement.classList.contains('fjs-select-display')) {
    node.nodeValue = SELECT_PLACEHOLDER;
    return;
  }
  if (!node.parentElement.closest('.fjs-form-field-error')) {
    return;
  }
  for (const [pattern, vietnamese] of MESSAGES) {
    const match = text.match(pattern);
    if (match) {
      node.nodeValue = vietnamese(match);
      return;
    }
  }
}

function translateUnder(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translate(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translatePlaceholders(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translate(node);
  }
}

function start() {
  translateUnder(document.body);
  new MutationObserver((mutations) => {
    mutations.forEach((mutation) => {
      if (mutation.type === 'characterData') {
        translate(mutation.target);
      } else if (mutation.type === 'attributes') {
        translatePlaceholders(mutation.target.parentElement || mutation.target);
      } else {
        mutation.addedNodes.forEach(translateUnder);
      }
    });
  }).observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
  });
}

// in either language
document.head.appendChild(Object.assign(document.createElement('style'), {
  id: 'thidua-hide-ce-banner',
  textContent: '.ce-eol-banner { display: none !important; }'
}));

if (chosenLocale() === 'vi') {
  if (document.body) {
    start();
  } else {
    window.addEventListener('DOMContentLoaded', start);
  }
}

export default [];
