/*
 * Vietnamese validation messages in Camunda Forms (form-js). form-js writes its messages in English
 * ("Field is required.") whatever the language; they are translated here as they appear, unless the
 * user chose English with the language switch.
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

function translate(node) {
  const text = node.nodeValue && node.nodeValue.trim();
  if (!text || !node.parentElement || !node.parentElement.closest('.fjs-form-field-error')) {
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
      } else {
        mutation.addedNodes.forEach(translateUnder);
      }
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

if (chosenLocale() === 'vi') {
  if (document.body) {
    start();
  } else {
    window.addEventListener('DOMContentLoaded', start);
  }
}

export default [];
