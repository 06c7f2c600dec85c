/*
 * Cockpit plugin "Lịch làm việc": the yearly calendar table (announced days off, make-up working days, the
 * day adjacent to National Day) that every deadline is computed on. An entry in the header and its own page
 * (#/lich-lam-viec, or #/lich-lam-viec?year=2027): pick a year, its entries, the record of each change; for
 * the Department Office, rows to add and remove, "Lưu" (PUT /api/calendar/{year}) and "Đã kiểm tra, không
 * thay đổi" (PUT /api/calendar/{year}/checked). A warning when this year or the next is neither filled nor
 * checked, on the page and on the dashboard; and for the chosen year when it is neither. Plain DOM, no build
 * step; data from /api/calendar with the user's Cockpit session.
 */

import { alertBox, dayText, el, fetchJson, momentText } from './plugin-kit.js';

const PATH = '/api/calendar';
const KINDS = [
  ['OFF', 'Ngày nghỉ (nghỉ thêm, hoán đổi)'],
  ['WORK', 'Ngày làm việc bù'],
  ['ADJACENT', 'Ngày nghỉ liền kề Quốc khánh']
];
const KIND_NAMES = Object.fromEntries(KINDS);

function entryText(entry) {
  return `${dayText(entry.date)} ${KIND_NAMES[entry.kind] || entry.kind}`;
}

/** "Sửa bởi vanphong lúc …: thêm …; bỏ …" */
function change(c) {
  const who = c.changedBy === 'system' ? 'hệ thống' : c.changedBy;
  const when = ` bởi ${who} lúc ${momentText(c.changedAt)}`;
  if (c.action === 'SEED') {
    return `Nạp từ bảng lịch kèm theo ứng dụng${when}: ${(c.after || []).length} ngày.`;
  }
  if (c.action === 'CHECKED') {
    return `Đánh dấu "Đã kiểm tra, không thay đổi"${when}.`;
  }
  const key = (entry) => `${entry.date}|${entry.kind}|${entry.note || ''}`;
  const before = new Map((c.before || []).map((entry) => [key(entry), entry]));
  const after = new Map((c.after || []).map((entry) => [key(entry), entry]));
  const added = [...after.keys()].filter((k) => !before.has(k)).map((k) => entryText(after.get(k)));
  const removed = [...before.keys()].filter((k) => !after.has(k)).map((k) => entryText(before.get(k)));
  const parts = [];
  if (added.length) {
    parts.push('thêm ' + added.join(', '));
  }
  if (removed.length) {
    parts.push('bỏ ' + removed.join(', '));
  }
  return `Sửa${when}` + (parts.length ? ': ' + parts.join('; ') + '.' : '.');
}

function currentYear() {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
}

function yearFromAddress() {
  const match = /[?&]year=(\d{4})/.exec(window.location.hash || '');
  return match ? Number(match[1]) : currentYear();
}

/** The warning about this year and the next, or nothing. */
async function coverageWarning(withLink) {
  const coverage = await fetchJson(PATH);
  if (!coverage.warning) {
    return null;
  }
  return alertBox([coverage.warning, withLink ? ' ' : null,
    withLink ? el('a', { href: '#/lich-lam-viec?year=' + coverage.missing[0], id: 'thidua-calendar-open' }, 'Mở trang Lịch làm việc »') : null],
  'warning', 'thidua-calendar-warning');
}

class CalendarPage {
  constructor(node) {
    this.node = node;
  }

  render() {
    this.banner = el('div', { id: 'thidua-calendar-banner' });
    this.yearInput = el('input', { id: 'thidua-calendar-year', type: 'number', min: 1901, max: 2199, step: 1,
      className: 'form-control', style: 'width: 110px;', value: String(yearFromAddress()), 'aria-label': 'Năm' });
    const picker = el('form', { className: 'form-inline', id: 'thidua-calendar-picker', onsubmit: (event) => {
      event.preventDefault();
      this.load(Number(this.yearInput.value));
    } }, el('label', { for: 'thidua-calendar-year' }, 'Năm '), ' ', this.yearInput, ' ',
    el('button', { type: 'submit', className: 'btn btn-default', id: 'thidua-calendar-show' }, 'Xem'));
    this.status = el('div', { id: 'thidua-calendar-status', style: 'margin-top: 10px;' });
    this.editor = el('div', { id: 'thidua-calendar-editor' });
    this.result = el('div', { id: 'thidua-calendar-result' });
    this.history = el('div', { id: 'thidua-calendar-history' });
    this.node.appendChild(el('div', { className: 'thidua-page', id: 'thidua-calendar-page', style: 'padding: 15px 20px 60px;' },
      el('h2', {}, 'Lịch làm việc: ngày nghỉ lễ, Tết và ngày làm bù'),
      el('p', { className: 'text-muted' }, 'Mọi hạn nộp, lời nhắc và hạn chót được tính theo ngày làm việc: thứ Hai đến thứ Sáu, trừ ngày lễ, Tết theo Bộ luật Lao động, ngày nghỉ bù và các ngày dưới đây theo thông báo hằng năm của Bộ Nội vụ. Khi một thay đổi làm hạn nộp hoặc lời nhắc của báo cáo đang lập lùi về sau, hệ thống tính lại và báo cho đơn vị; không hạn nào bị đưa sớm hơn.'),
      this.banner, picker, this.status, this.result, this.editor, this.history));
    this.loadBanner();
    this.load(Number(this.yearInput.value));
  }

  async loadBanner() {
    try {
      this.banner.replaceChildren(await coverageWarning(false) || '');
    } catch (e) {
      this.banner.replaceChildren(alertBox(e.message, 'warning'));
    }
  }

  async load(year, notice) {
    this.year = year;
    this.result.replaceChildren(notice || '');
    let entries;
    let record;
    try {
      [entries, record] = await Promise.all([fetchJson(`${PATH}/${year}`), fetchJson(`${PATH}/${year}/record`)]);
    } catch (e) {
      this.status.replaceChildren(alertBox(e.message, 'danger'));
      this.editor.replaceChildren();
      this.history.replaceChildren();
      return;
    }
    this.mayEdit = record.mayEdit;
    const line = [el('strong', {}, `Năm ${year}: `), el('span', { id: 'thidua-calendar-status-text' }, record.statusText)];
    if (record.checkedAt) {
      line.push(` (đã kiểm tra bởi ${record.checkedBy} lúc ${momentText(record.checkedAt)})`);
    }
    this.status.replaceChildren(el('p', {}, line));
    if (record.status === 'MISSING') {
      this.status.appendChild(alertBox(`Lịch năm ${year} chưa được cập nhật và chưa được đánh dấu "Đã kiểm tra, không thay đổi": hạn nộp trong năm chỉ tính theo Bộ luật Lao động.`,
        'warning', 'thidua-calendar-year-warning'));
    }
    this.renderEntries(entries);
    this.history.replaceChildren(el('h4', {}, 'Lịch sử thay đổi'),
      record.changes.length
        ? el('ul', { id: 'thidua-calendar-changes' }, record.changes.map((c) => el('li', {}, change(c))))
        : el('p', { className: 'text-muted', id: 'thidua-calendar-changes' }, 'Chưa có thay đổi nào.'));
  }

  renderEntries(entries) {
    if (!this.mayEdit) {
      this.editor.replaceChildren(entries.length
        ? el('table', { className: 'table table-striped table-condensed', id: 'thidua-calendar-table' },
          el('thead', {}, el('tr', {}, ['Ngày', 'Loại', 'Ghi chú (văn bản thông báo)'].map((t) => el('th', {}, t)))),
          el('tbody', {}, entries.map((entry) => el('tr', {},
            el('td', {}, dayText(entry.date)), el('td', {}, KIND_NAMES[entry.kind] || entry.kind), el('td', {}, entry.note || '')))))
        : el('p', { className: 'text-muted', id: 'thidua-calendar-table' }, 'Năm này chưa có ngày nào trong lịch.'));
      return;
    }
    this.rows = el('tbody', {});
    entries.forEach((entry) => this.rows.appendChild(this.row(entry)));
    const save = el('button', { type: 'submit', className: 'btn btn-primary', id: 'thidua-calendar-save' }, `Lưu lịch năm ${this.year}`);
    const checked = el('button', { type: 'button', className: 'btn btn-default', id: 'thidua-calendar-checked',
      onclick: () => this.markChecked() }, 'Đã kiểm tra, không thay đổi');
    this.editor.replaceChildren(el('form', { id: 'thidua-calendar-form', onsubmit: (event) => {
      event.preventDefault();
      this.save();
    } },
    el('table', { className: 'table table-condensed', id: 'thidua-calendar-table' },
      el('thead', {}, el('tr', {}, ['Ngày', 'Loại', 'Ghi chú (văn bản thông báo)', ''].map((t) => el('th', {}, t)))),
      this.rows),
    el('p', {}, el('button', { type: 'button', className: 'btn btn-default btn-sm', id: 'thidua-calendar-add-row',
      onclick: () => this.rows.appendChild(this.row({ date: '', kind: 'OFF', note: '' })) }, '+ Thêm ngày')),
    el('p', {}, save, ' ', checked)));
  }

  row(entry) {
    const tr = el('tr', { className: 'thidua-calendar-row' },
      el('td', {}, el('input', { type: 'date', className: 'form-control input-sm thidua-calendar-date', value: entry.date,
        'aria-label': 'Ngày' })),
      el('td', {}, el('select', { className: 'form-control input-sm thidua-calendar-kind', 'aria-label': 'Loại ngày' },
        KINDS.map(([value, label]) => el('option', { value, selected: value === entry.kind }, label)))),
      el('td', {}, el('input', { type: 'text', className: 'form-control input-sm thidua-calendar-note', maxlength: 500,
        value: entry.note || '', 'aria-label': 'Ghi chú' })),
      el('td', {}, el('button', { type: 'button', className: 'btn btn-link btn-sm thidua-calendar-remove',
        onclick: () => tr.remove() }, 'Bỏ')));
    return tr;
  }

  async save() {
    const entries = [...this.rows.querySelectorAll('tr')].map((tr) => ({
      date: tr.querySelector('.thidua-calendar-date').value,
      kind: tr.querySelector('.thidua-calendar-kind').value,
      note: tr.querySelector('.thidua-calendar-note').value || null
    }));
    try {
      await fetchJson(`${PATH}/${this.year}`, { method: 'PUT', json: entries });
      await this.load(this.year, alertBox(`Đã lưu lịch năm ${this.year}: ${entries.length} ngày.`, 'success', 'thidua-calendar-saved'));
      this.loadBanner();
    } catch (e) {
      this.result.replaceChildren(alertBox(e.message, 'danger', 'thidua-calendar-error'));
    }
  }

  async markChecked() {
    try {
      await fetchJson(`${PATH}/${this.year}/checked`, { method: 'PUT', json: {} });
      await this.load(this.year, alertBox(`Đã đánh dấu lịch năm ${this.year} "Đã kiểm tra, không thay đổi".`, 'success', 'thidua-calendar-saved'));
      this.loadBanner();
    } catch (e) {
      this.result.replaceChildren(alertBox(e.message, 'danger', 'thidua-calendar-error'));
    }
  }
}

async function renderDashboardWarning(node) {
  try {
    const warning = await coverageWarning(true);
    if (warning) {
      node.appendChild(el('section', { className: 'thidua-section', id: 'thidua-calendar-dashboard' }, warning));
    }
  } catch (e) {
    // not an observer: no warning to show
  }
}

export default [
  {
    id: 'thidua.calendar.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 30,
    label: 'Lịch làm việc',
    render: (node) => { renderDashboardWarning(node); }
  },
  {
    id: 'thidua.calendar.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 18,
    label: 'Lịch làm việc',
    properties: {
      pagePath: '#/lich-lam-viec',
      checkActive: (path) => /#\/lich-lam-viec/.test(path || '')
    },
    render: (node) => {
      node.appendChild(el('a', { href: '#/lich-lam-viec', id: 'thidua-calendar-navigation' }, 'Lịch làm việc'));
    }
  },
  {
    id: 'thidua.calendar.route',
    pluginPoint: 'cockpit.route',
    properties: {
      path: '/lich-lam-viec',
      label: 'Lịch làm việc'
    },
    render: (node) => {
      new CalendarPage(node).render();
    }
  }
];
