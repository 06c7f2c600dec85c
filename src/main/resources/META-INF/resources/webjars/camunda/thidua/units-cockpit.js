/*
 * Cockpit plugin "Đơn vị": the units and the names written on documents, as dated data. An entry in the
 * header and its own page (#/don-vi): every unit with its names from their dates, its first and last day,
 * the unit it merged into and the record of its changes; the issuing body, its symbol, the province and
 * the place name, each from a date. For the Department Office, forms to add a unit, rename it from a
 * date, end it (naming its successor) and record a new name. Data from /api/units and
 * /api/organization/names with the user's Cockpit session. Plain DOM, no build step.
 */

import { alertBox, dayText, el, fetchJson, momentText } from './plugin-kit.js';

const KINDS = [['DISTRICT', 'Cấp huyện'], ['DIVISION', 'Phòng thuộc Sở'], ['CENTRE', 'Trung tâm']];
const NAME_KINDS = [
  ['DEPARTMENT', 'Tên cơ quan ban hành'],
  ['SYMBOL', 'Chữ viết tắt trên ký hiệu văn bản'],
  ['PROVINCE', 'Tên tỉnh'],
  ['PLACE', 'Địa danh ghi trên văn bản']
];

function input(id, type, attributes) {
  return el('input', Object.assign({ id, type, className: 'form-control input-sm' }, attributes || {}));
}

function changes(list) {
  return el('ul', { style: 'margin: 0; padding-left: 16px;' },
    (list || []).map((c) => el('li', {}, `${c.before ? 'Sửa' : 'Ghi'} bởi ${c.changedBy} lúc ${momentText(c.changedAt)}`)));
}

class UnitsPage {
  constructor(node) {
    this.node = node;
  }

  render() {
    this.notice = el('div', { id: 'thidua-units-notice' });
    this.namesArea = el('div', { id: 'thidua-organization-names' });
    this.unitsArea = el('div', { id: 'thidua-units' });
    this.node.appendChild(el('div', { className: 'thidua-page', id: 'thidua-units-page', style: 'padding: 15px 20px 60px;' },
      el('h2', {}, 'Đơn vị và tên ghi trên văn bản'), this.notice,
      el('h3', {}, 'Tên ghi trên văn bản'), this.namesArea,
      el('h3', {}, 'Đơn vị'), this.unitsArea));
    this.load();
  }

  async load(notice) {
    let units;
    let names;
    try {
      [units, names] = await Promise.all([fetchJson('/api/units'), fetchJson('/api/organization/names')]);
    } catch (e) {
      this.notice.replaceChildren(alertBox(e.message, 'warning'));
      return;
    }
    this.notice.replaceChildren(...(notice ? [notice] : []));
    this.renderNames(names);
    this.renderUnits(units);
  }

  renderNames(answer) {
    const rows = answer.names.map((n) => el('tr', {},
      el('td', {}, (NAME_KINDS.find(([kind]) => kind === n.kind) || [n.kind, n.kind])[1]),
      el('td', {}, n.name), el('td', {}, dayText(n.validFrom)),
      el('td', {}, n.recordedBy === 'system' ? 'Dữ liệu ban đầu' : `${n.recordedBy}, ${momentText(n.recordedAt)}`)));
    const parts = [
      el('p', {}, `Hôm nay: ${answer.today.department} (${answer.today.symbol}), tỉnh ${answer.today.province}; `
        + `văn bản ghi "${answer.today.place}, ngày …". Mỗi văn bản lấy tên có hiệu lực vào ngày của văn bản.`),
      el('table', { className: 'table table-condensed', id: 'thidua-names-table' },
        el('thead', {}, el('tr', {}, ['Loại', 'Tên', 'Từ ngày', 'Ghi bởi'].map((t) => el('th', {}, t)))),
        el('tbody', {}, rows))
    ];
    if (answer.mayEdit) {
      const kind = el('select', { id: 'thidua-name-kind', className: 'form-control input-sm' },
        NAME_KINDS.map(([value, label]) => el('option', { value }, label)));
      const name = input('thidua-name-name', 'text', { maxlength: 255, required: true, placeholder: 'Tên mới' });
      const from = input('thidua-name-from', 'date', { required: true, 'aria-label': 'Từ ngày' });
      const result = el('span', {});
      parts.push(el('form', { className: 'form-inline well', id: 'thidua-name-form', onsubmit: async (event) => {
        event.preventDefault();
        try {
          const added = await fetchJson('/api/organization/names', { json: { kind: kind.value, name: name.value, validFrom: from.value } });
          this.load(alertBox(`Đã ghi "${added.name}" từ ngày ${dayText(added.validFrom)}.`, 'success'));
        } catch (e) {
          result.replaceChildren(alertBox(e.message, 'danger'));
        }
      } }, kind, ' ', name, ' từ ngày ', from, ' ',
      el('button', { type: 'submit', className: 'btn btn-primary btn-sm', id: 'thidua-name-add' }, 'Ghi tên mới'), result));
    }
    this.namesArea.replaceChildren(...parts);
  }

  renderUnits(answer) {
    const byCode = new Map(answer.units.map((u) => [u.code, u]));
    const rows = answer.units.map((u) => el('tr', { 'data-unit': u.code, className: u.active ? '' : 'text-muted' },
      el('td', {}, el('strong', {}, u.name), el('br'), el('code', {}, u.code)),
      el('td', {}, (KINDS.find(([kind]) => kind === u.kind) || [u.kind, u.kind])[1]),
      el('td', {}, el('ul', { style: 'margin: 0; padding-left: 16px;' },
        u.names.map((n) => el('li', {}, `từ ${dayText(n.validFrom)}: ${n.name}`)))),
      el('td', {}, u.validFrom ? dayText(u.validFrom) : ''),
      el('td', {}, u.endedOn ? `${dayText(u.endedOn)}${u.successor ? ', sáp nhập vào ' + (byCode.get(u.successor) || { name: u.successor }).name : ''}` : ''),
      el('td', {}, changes(u.changes)),
      answer.mayEdit ? el('td', {}, u.endedOn ? null : this.changeForms(u, answer.units)) : null));
    const parts = [el('table', { className: 'table table-striped table-condensed', id: 'thidua-units-table' },
      el('thead', {}, el('tr', {}, ['Đơn vị', 'Loại', 'Tên theo thời gian', 'Từ ngày', 'Kết thúc', 'Thay đổi']
        .concat(answer.mayEdit ? ['Cập nhật'] : []).map((t) => el('th', {}, t)))),
      el('tbody', {}, rows))];
    if (answer.mayEdit) {
      parts.unshift(this.addForm());
    }
    this.unitsArea.replaceChildren(...parts);
  }

  addForm() {
    const code = input('thidua-unit-code', 'text', { maxlength: 32, required: true, placeholder: 'mã, ví dụ xa-tan-loi' });
    const name = input('thidua-unit-name', 'text', { maxlength: 255, required: true, placeholder: 'Tên đơn vị' });
    const kind = el('select', { id: 'thidua-unit-kind', className: 'form-control input-sm' },
      KINDS.map(([value, label]) => el('option', { value }, label)));
    const from = input('thidua-unit-from', 'date', { required: true, 'aria-label': 'Từ ngày' });
    const result = el('span', {});
    return el('form', { className: 'form-inline well', id: 'thidua-unit-form', onsubmit: async (event) => {
      event.preventDefault();
      try {
        const added = await fetchJson('/api/units', { json: { code: code.value.trim(), name: name.value, kind: kind.value, validFrom: from.value } });
        this.load(alertBox(`Đã thêm ${added.name}.`, 'success'));
      } catch (e) {
        result.replaceChildren(alertBox(e.message, 'danger'));
      }
    } }, el('strong', {}, 'Thêm đơn vị: '), code, ' ', name, ' ', kind, ' từ ngày ', from, ' ',
    el('button', { type: 'submit', className: 'btn btn-primary btn-sm', id: 'thidua-unit-add' }, 'Thêm'), result);
  }

  /** Rename from a date; end from a date, naming the unit it merges into. */
  changeForms(unit, units) {
    const result = el('div', {});
    const send = async (body, done) => {
      try {
        await fetchJson(`/api/units/${encodeURIComponent(unit.code)}`, { method: 'PUT', json: body });
        this.load(alertBox(done, 'success'));
      } catch (e) {
        result.replaceChildren(alertBox(e.message, 'danger'));
      }
    };
    const newName = input(null, 'text', { maxlength: 255, required: true, placeholder: 'Tên mới', 'aria-label': 'Tên mới của ' + unit.name });
    const renameFrom = input(null, 'date', { required: true, 'aria-label': 'Tên mới từ ngày' });
    const endedOn = input(null, 'date', { required: true, 'aria-label': 'Ngày kết thúc của ' + unit.name });
    const successor = el('select', { className: 'form-control input-sm', 'aria-label': 'Đơn vị kế thừa' },
      el('option', { value: '' }, '(không có đơn vị kế thừa)'),
      units.filter((u) => !u.endedOn && u.code !== unit.code).map((u) => el('option', { value: u.code }, u.name)));
    return el('div', {},
      el('form', { className: 'form-inline', onsubmit: (event) => {
        event.preventDefault();
        send({ name: newName.value, validFrom: renameFrom.value }, `Đã ghi tên mới của ${unit.name}.`);
      } }, newName, ' từ ', renameFrom, ' ', el('button', { type: 'submit', className: 'btn btn-default btn-sm' }, 'Đổi tên')),
      el('form', { className: 'form-inline', style: 'margin-top: 4px;', onsubmit: (event) => {
        event.preventDefault();
        send({ endedOn: endedOn.value, successor: successor.value || null }, `Đã ghi ngày kết thúc của ${unit.name}.`);
      } }, 'Kết thúc từ ', endedOn, ' ', successor, ' ',
      el('button', { type: 'submit', className: 'btn btn-default btn-sm' }, 'Ghi kết thúc')),
      result);
  }
}

export default [
  {
    id: 'thidua.units.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 17,
    label: 'Đơn vị',
    properties: {
      pagePath: '#/don-vi',
      checkActive: (path) => /#\/don-vi/.test(path || '')
    },
    render: (node) => {
      node.appendChild(el('a', { href: '#/don-vi', id: 'thidua-units-navigation' }, 'Đơn vị'));
    }
  },
  {
    id: 'thidua.units.route',
    pluginPoint: 'cockpit.route',
    properties: {
      path: '/don-vi',
      label: 'Đơn vị và tên ghi trên văn bản'
    },
    render: (node) => {
      new UnitsPage(node).render();
    }
  }
];
