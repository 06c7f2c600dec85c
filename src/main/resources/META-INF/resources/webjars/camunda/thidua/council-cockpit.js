/*
 * Cockpit plugin "Hội đồng": the roster of the Hội đồng Thi đua - Khen thưởng. An entry in the header and
 * its own page (#/hoi-dong): every member ever recorded with role, position and period, who is serving
 * today and the council's size, the record of each change; for the Department Office, a form to add a
 * member. Data from /api/council/members with the user's Cockpit session. Plain DOM, no build step.
 */

import { alertBox, dayText, el, fetchJson, formField, momentText } from './plugin-kit.js';

const PATH = '/api/council/members';
const ROLES = [
  ['CHU_TICH', 'Chủ tịch'],
  ['PHO_CHU_TICH', 'Phó Chủ tịch'],
  ['THU_KY', 'Thư ký'],
  ['UY_VIEN', 'Ủy viên']
];

/** "Ghi bởi vanphong lúc …", "Ghi ngày thôi 30/06/2027 bởi …" */
function change(c) {
  const when = ` bởi ${c.changedBy} lúc ${momentText(c.changedAt)}`;
  if (!c.before) {
    return 'Ghi' + when;
  }
  if (c.after && c.after.to !== c.before.to) {
    return `Ghi ngày thôi ${dayText(c.after.to)}` + when;
  }
  return 'Sửa' + when;
}

class CouncilPage {
  constructor(node) {
    this.node = node;
  }

  render() {
    this.summary = el('p', { id: 'thidua-council-size' });
    this.table = el('div', { id: 'thidua-council-members' });
    this.formArea = el('div', { id: 'thidua-council-form-area' });
    this.node.appendChild(el('div', { className: 'thidua-page', id: 'thidua-council-page', style: 'padding: 15px 20px 60px;' },
      el('h2', {}, 'Hội đồng Thi đua - Khen thưởng'),
      this.summary, this.formArea, this.table));
    this.load();
  }

  async load(notice) {
    let roster;
    try {
      roster = await fetchJson(PATH);
    } catch (e) {
      this.summary.replaceChildren(alertBox(e.message, 'warning'));
      return;
    }
    this.summary.replaceChildren(roster.size === null || roster.size === undefined
      ? alertBox(`Danh sách chưa có thành viên nào đang tham gia Hội đồng ngày ${dayText(roster.date)}: khi biểu quyết, Hội đồng ghi tổng số thành viên.`, 'info')
      : el('span', {}, `Ngày ${dayText(roster.date)} Hội đồng có `, el('strong', { id: 'thidua-council-size-number' }, String(roster.size)),
        ' thành viên; phiếu biểu quyết lấy số này làm tổng số thành viên.'));
    if (roster.mayEdit && !this.form) {
      this.formArea.replaceChildren(this.addForm());
    }
    if (notice) {
      this.formArea.prepend(notice);
    }
    const rows = roster.members.map((m) => el('tr', { 'data-member': m.id, className: m.servingToday ? '' : 'text-muted' },
      el('td', {}, m.name),
      el('td', {}, m.position),
      el('td', {}, m.roleName),
      el('td', {}, dayText(m.from)),
      el('td', {}, m.to ? dayText(m.to) : 'nay'),
      el('td', {}, m.servingToday ? 'Đang tham gia' : 'Không tham gia hôm nay'),
      el('td', {}, el('ul', { style: 'margin: 0; padding-left: 16px;' },
        (m.changes || []).map((c) => el('li', {}, change(c))))),
      roster.mayEdit ? el('td', {}, m.to ? null : this.endForm(m)) : null));
    this.table.replaceChildren(rows.length === 0
      ? alertBox('Chưa có thành viên nào trong danh sách.', 'info')
      : el('table', { className: 'table table-striped table-condensed', id: 'thidua-council-table' },
        el('thead', {}, el('tr', {}, ['Họ và tên', 'Chức vụ', 'Vai trò', 'Từ ngày', 'Đến ngày', 'Hôm nay', 'Thay đổi']
          .concat(roster.mayEdit ? ['Thôi tham gia'] : [])
          .map((title) => el('th', {}, title)))),
        el('tbody', {}, rows)));
  }

  /** The office records the member's last day of service. */
  endForm(member) {
    const to = el('input', { type: 'date', className: 'form-control input-sm thidua-council-end-date', required: true,
      'aria-label': 'Ngày cuối cùng tham gia của ' + member.name });
    const form = el('form', { className: 'form-inline thidua-council-end', onsubmit: async (event) => {
      event.preventDefault();
      try {
        const ended = await fetchJson(`${PATH}/${member.id}/end`, { json: { to: to.value } });
        this.load(alertBox(`Đã ghi ngày thôi tham gia của ${ended.name}: ${dayText(ended.to)}.`, 'success'));
      } catch (e) {
        form.appendChild(alertBox(e.message, 'danger'));
      }
    } }, to, ' ', el('button', { type: 'submit', className: 'btn btn-default btn-sm' }, 'Ghi ngày thôi'));
    return form;
  }

  addForm() {
    const name = el('input', { id: 'thidua-council-name', type: 'text', className: 'form-control', maxlength: 200, required: true });
    const position = el('input', { id: 'thidua-council-position', type: 'text', className: 'form-control', maxlength: 300, required: true });
    const role = el('select', { id: 'thidua-council-role', className: 'form-control' },
      ROLES.map(([value, label]) => el('option', { value, selected: value === 'UY_VIEN' }, label)));
    const from = el('input', { id: 'thidua-council-from', type: 'date', className: 'form-control', required: true });
    const to = el('input', { id: 'thidua-council-to', type: 'date', className: 'form-control' });
    const result = el('div', { id: 'thidua-council-result' });
    this.form = el('form', { id: 'thidua-council-form', className: 'well', onsubmit: async (event) => {
      event.preventDefault();
      result.replaceChildren();
      try {
        const added = await fetchJson(PATH, { json: {
          name: name.value, position: position.value, role: role.value, from: from.value, to: to.value || null
        } });
        this.form.reset();
        this.load(alertBox(`Đã ghi ${added.name} (${added.roleName}) vào danh sách Hội đồng.`, 'success'));
      } catch (e) {
        result.replaceChildren(alertBox(e.message, 'danger'));
      }
    } },
    el('h4', {}, 'Ghi thêm thành viên'),
    formField('Họ và tên', name), formField('Chức vụ', position), formField('Vai trò', role),
    formField('Từ ngày', from), formField('Đến ngày (để trống nếu đang tham gia)', to),
    el('button', { type: 'submit', className: 'btn btn-primary', id: 'thidua-council-add' }, 'Ghi vào danh sách'),
    result);
    return this.form;
  }
}

export default [
  {
    id: 'thidua.council.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 19,
    label: 'Hội đồng',
    properties: {
      pagePath: '#/hoi-dong',
      checkActive: (path) => /#\/hoi-dong/.test(path || '')
    },
    render: (node) => {
      node.appendChild(el('a', { href: '#/hoi-dong', id: 'thidua-council-navigation' }, 'Hội đồng'));
    }
  },
  {
    id: 'thidua.council.route',
    pluginPoint: 'cockpit.route',
    properties: {
      path: '/hoi-dong',
      label: 'Hội đồng Thi đua - Khen thưởng'
    },
    render: (node) => {
      new CouncilPage(node).render();
    }
  }
];
