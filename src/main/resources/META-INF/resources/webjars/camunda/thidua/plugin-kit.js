/*
 * Shared by the Tasklist and Cockpit plugins: calls to the application's API (/api, with the user's
 * webapp session) answering JSON, with the refusals' Vietnamese messages, and building elements.
 */

// <root>/camunda/thidua/plugin-kit.js -> <root>/ : the application's API is <root>/api
const ROOT = new URL('../../', import.meta.url).pathname;

/** The URL of a path of the application ("/api/...", "/webjars/..."). */
export function apiUrl(path) {
  return ROOT + String(path).replace(/^\//, '');
}

/** The Vietnamese message of a refusal, whatever its form, with its HTTP status. */
async function refusal(response) {
  let message = null;
  try {
    const body = await response.json();
    // the application's refusals are {"type", "message"} in Vietnamese; other answers (a servlet
    // container's error page) are in English and not shown
    message = body && body.type && body.message;
  } catch (e) {
    // not JSON
  }
  if (!message) {
    message = response.status === 401 ? 'Phiên đăng nhập đã hết hạn: vui lòng đăng nhập lại.'
      : response.status === 403 ? 'Bạn không có quyền thực hiện việc này.'
        : response.status === 404 ? 'Máy chủ chưa có chức năng này hoặc không tìm thấy hồ sơ (mã 404).'
          : `Máy chủ không thực hiện được yêu cầu (mã ${response.status}). Vui lòng thử lại sau.`;
  }
  const error = new Error(message);
  error.status = response.status;
  return error;
}

/**
 * The JSON answer of the application's API. fetchJson(path) reads; fetchJson(path, { json }) posts a JSON
 * body and fetchJson(path, { body }) a FormData, both with the header X-Requested-With that the API
 * requires of a session caller changing something. Rejects with an Error whose message is Vietnamese
 * and whose status is the answer's HTTP status (none when the server cannot be reached).
 */
export async function fetchJson(path, options = {}) {
  const changing = options.json !== undefined || options.body !== undefined;
  const method = options.method || (changing ? 'POST' : 'GET');
  const headers = { Accept: 'application/json' };
  let body = options.body;
  if (method !== 'GET' && method !== 'HEAD') {
    headers['X-Requested-With'] = 'XMLHttpRequest';
  }
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response;
  try {
    response = await fetch(apiUrl(path), { method, credentials: 'same-origin', headers, body });
  } catch (e) {
    throw new Error('Không kết nối được máy chủ. Vui lòng thử lại.');
  }
  if (!response.ok) {
    throw await refusal(response);
  }
  return response.json();
}

/**
 * el('a', {href: …, className: …}, 'text', child…): className and style (CSS text) as properties, on…
 * functions as event listeners, the others as attributes (true: present, null/undefined/false: absent).
 * Children that are not nodes become text nodes: data is never parsed as HTML.
 */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name === 'className') {
      node.className = value;
    } else if (name === 'style') {
      node.style.cssText = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.substring(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

/** 15/12/2026 from "2026-12-15" (or an instant's first ten characters); "" for nothing */
export function dayText(value) {
  if (!value) {
    return '';
  }
  const [year, month, day] = String(value).substring(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** 15/12/2026 09:30 from an instant, in Vietnam's time */
export function momentText(value) {
  const p = {};
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', hourCycle: 'h23'
  }).formatToParts(new Date(value)).forEach((part) => { p[part.type] = part.value; });
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** A Bootstrap alert: kind 'success', 'info', 'warning' or 'danger' (announced as an alert). */
export function alertBox(text, kind, id) {
  return el('div', { className: 'alert alert-' + kind, role: kind === 'danger' ? 'alert' : 'status', id }, text);
}

/** A labelled form group around an input that has an id. */
export function formField(label, input) {
  return el('div', { className: 'form-group' }, el('label', { for: input.id }, label), ' ', input);
}
