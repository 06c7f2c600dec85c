/*
 * Cockpit plugin "Phong trào": the movements as data. An entry in the header and its own page
 * (#/phong-trao): every movement with its plan, years, units, targets, rounds and the record of its
 * changes; for social protection and the office, a form to create or edit one; and, for a round, each
 * district's target for the year, which social protection may set. Data from /api/movements and
 * /api/rounds/{roundKey}/targets with the user's Cockpit session. Plain DOM, no build step.
 */

import { alertBox, el, fetchJson, formField, momentText } from './plugin-kit.js';

const PATH = '/api/movements';

/** 0,5 from 0.5 */
function number(value) {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

function changes(list) {
  return el('ul', { style: 'margin: 0; padding-left: 16px;' },
    (list || []).map((c) => el('li', {}, `${c.before ? 'Sửa' : 'Tạo'} bởi ${c.changedBy} lúc ${momentText(c.changedAt)}`)));
}

class MovementsPage {
  constructor(node) {
    this.node = node;
  }

  render() {
    this.notice = el('div', { id: 'thidua-movements-notice' });
    this.formArea = el('div', { id: 'thidua-movement-form-area' });
    this.table = el('div', { id: 'thidua-movements' });
    this.targetsArea = el('div', { id: 'thidua-round-targets' });
    this.node.appendChild(el('div', { className: 'thidua-page', id: 'thidua-movements-page', style: 'padding: 15px 20px 60px;' },
      el('h2', {}, 'Phong trào thi đua'),
      this.notice, this.formArea, this.table,
      el('h3', {}, 'Mục tiêu của từng huyện trong đợt thi đua'),
      this.targetsArea));
    this.load();
    this.loadRounds();
  }

  async load(notice) {
    let answer;
    try {
      answer = await fetchJson(PATH);
    } catch (e) {
      this.notice.replaceChildren(alertBox(e.message, 'warning'));
      return;
    }
    this.answer = answer;
    this.notice.replaceChildren(...(notice ? [notice] : []));
    if (answer.mayEdit && !this.form) {
      this.formArea.replaceChildren(el('button', { type: 'button', className: 'btn btn-primary', id: 'thidua-movement-new',
        onclick: () => this.showForm(null) }, 'Tạo phong trào mới'));
    }
    const rows = answer.movements.map((m) => el('tr', { 'data-movement': m.code },
      el('td', {}, el('strong', {}, m.name), el('br'), el('code', {}, m.code)),
      el('td', {}, m.planReference),
      el('td', {}, `${m.firstYear}–${m.lastYear}`),
      el('td', {}, `${m.unitCodes.length} đơn vị`),
      el('td', {}, el('ul', { style: 'margin: 0; padding-left: 16px;' },
        m.targets.map((t) => el('li', {}, `${t.name}: ${number(t.target)} ${t.measure}`)))),
      el('td', {}, m.roundYears.length ? m.roundYears.join(', ') : 'Chưa mở'),
      el('td', {}, changes(m.changes)),
      answer.mayEdit ? el('td', {}, el('button', { type: 'button', className: 'btn btn-default btn-sm thidua-movement-edit',
        onclick: () => this.showForm(m) }, 'Sửa')) : null));
    this.table.replaceChildren(el('table', { className: 'table table-striped table-condensed', id: 'thidua-movements-table' },
      el('thead', {}, el('tr', {}, ['Phong trào', 'Kế hoạch', 'Thời gian', 'Đơn vị', 'Mục tiêu', 'Đợt đã mở', 'Thay đổi']
        .concat(answer.mayEdit ? [''] : []).map((title) => el('th', {}, title)))),
      el('tbody', {}, rows)));
  }

  /** The form to create a movement (movement null) or edit one; Kế hoạch 179's targets by default. */
  showForm(movement) {
    const answer = this.answer;
    const code = el('input', { id: 'thidua-movement-code', type: 'text', className: 'form-control', maxlength: 63, required: true,
      value: movement ? movement.code : '', disabled: !!movement, placeholder: 'ví dụ giam-ngheo-2026-2030' });
    const name = el('input', { id: 'thidua-movement-name', type: 'text', className: 'form-control', maxlength: 500, required: true,
      value: movement ? movement.name : '' });
    const planNumber = el('input', { id: 'thidua-movement-plan-number', type: 'text', className: 'form-control', maxlength: 64,
      required: true, value: movement ? movement.planNumber || '' : '', placeholder: 'ví dụ 179/KH-LĐTBXH' });
    const planDate = el('input', { id: 'thidua-movement-plan-date', type: 'date', className: 'form-control', required: true,
      value: movement ? movement.planDate || '' : '' });
    const thisYear = new Date().getFullYear();
    const firstYear = el('input', { id: 'thidua-movement-first-year', type: 'number', className: 'form-control', min: 2000,
      max: 2100, required: true, value: movement ? movement.firstYear : thisYear + 1 });
    const lastYear = el('input', { id: 'thidua-movement-last-year', type: 'number', className: 'form-control', min: 2000,
      max: 2100, required: true, value: movement ? movement.lastYear : thisYear + 5 });
    const chosen = new Set(movement ? movement.unitCodes : answer.units.filter((u) => u.active).map((u) => u.code));
    const unitBoxes = answer.units.filter((u) => u.active || chosen.has(u.code)).map((u) => {
      const box = el('input', { type: 'checkbox', value: u.code, checked: chosen.has(u.code), className: 'thidua-movement-unit' });
      return el('div', { className: 'checkbox', style: 'margin: 2px 0;' }, el('label', {}, box, ' ', u.name));
    });
    const current = new Map((movement ? movement.targets : answer.indicators).map((t) => [t.indicator, t.target]));
    const targetInputs = answer.indicators.map((t) => el('input', { type: 'text', inputmode: 'decimal', className: 'form-control',
      id: 'thidua-movement-target-' + t.indicator, 'data-indicator': t.indicator, value: number(current.get(t.indicator)), required: true }));
    const result = el('div', { id: 'thidua-movement-result' });
    this.form = el('form', { id: 'thidua-movement-form', className: 'well', onsubmit: async (event) => {
      event.preventDefault();
      result.replaceChildren();
      const body = {
        code: code.value.trim(), name: name.value, planNumber: planNumber.value, planDate: planDate.value,
        firstYear: firstYear.value, lastYear: lastYear.value,
        unitCodes: Array.from(this.form.querySelectorAll('.thidua-movement-unit')).filter((b) => b.checked).map((b) => b.value),
        targets: targetInputs.map((input) => ({ indicator: input.dataset.indicator, target: input.value }))
      };
      try {
        const saved = movement
          ? await fetchJson(`${PATH}/${encodeURIComponent(movement.code)}`, { method: 'PUT', json: body })
          : await fetchJson(PATH, { json: body });
        this.form = null;
        this.formArea.replaceChildren();
        this.load(alertBox(`Đã ${movement ? 'lưu' : 'tạo'} phong trào "${saved.name}" (${saved.firstYear}–${saved.lastYear}).`, 'success'));
        this.loadRounds();
      } catch (e) {
        result.replaceChildren(alertBox(e.message, 'danger'));
      }
    } },
    el('h4', {}, movement ? `Sửa phong trào ${movement.code}` : 'Tạo phong trào mới'),
    formField('Mã phong trào (chữ thường không dấu, số, dấu gạch ngang)', code), formField('Tên phong trào', name),
    formField('Số kế hoạch', planNumber), formField('Ngày ban hành kế hoạch', planDate),
    formField('Năm bắt đầu', firstYear), formField('Năm kết thúc', lastYear),
    el('fieldset', {}, el('legend', { style: 'font-size: 14px;' }, 'Đơn vị tham gia'), unitBoxes),
    el('fieldset', {}, el('legend', { style: 'font-size: 14px;' }, 'Mục tiêu (mặc định: Kế hoạch 179/KH-LĐTBXH)'),
      answer.indicators.map((t, i) => formField(`${t.name} (${t.measure})`, targetInputs[i]))),
    el('button', { type: 'submit', className: 'btn btn-primary', id: 'thidua-movement-save' }, movement ? 'Lưu thay đổi' : 'Tạo phong trào'),
    ' ', el('button', { type: 'button', className: 'btn btn-default', onclick: () => { this.form = null; this.formArea.replaceChildren(); this.load(); } }, 'Hủy'),
    result);
    this.formArea.replaceChildren(this.form);
    name.focus();
  }

  async loadRounds() {
    let rounds;
    try {
      rounds = await fetchJson('/api/rounds');
    } catch (e) {
      this.targetsArea.replaceChildren(alertBox(e.message, 'warning'));
      return;
    }
    if (rounds.length === 0) {
      this.targetsArea.replaceChildren(alertBox('Chưa có đợt thi đua nào.', 'info'));
      return;
    }
    const select = el('select', { id: 'thidua-targets-round', className: 'form-control', style: 'max-width: 360px;',
      onchange: () => this.loadTargets(select.value) },
    rounds.map((r) => el('option', { value: r.roundKey }, `${r.roundKey} (${r.status === 'OPEN' ? 'đang mở' : 'đã kết thúc'})`)));
    this.targetsTable = el('div', { id: 'thidua-targets-table' });
    this.targetsArea.replaceChildren(formField('Đợt thi đua', select), this.targetsTable);
    this.loadTargets(select.value);
  }

  async loadTargets(roundKey, notice) {
    let answer;
    try {
      answer = await fetchJson(`/api/rounds/${encodeURIComponent(roundKey)}/targets`);
    } catch (e) {
      this.targetsTable.replaceChildren(alertBox(e.message, 'warning'));
      return;
    }
    const inputs = [];
    const rows = answer.units.map((u) => el('tr', { 'data-unit': u.unitCode },
      el('td', {}, u.unitName),
      answer.indicators.map((t) => {
        const own = u.own.includes(t.indicator);
        if (!answer.mayEdit) {
          return el('td', { className: own ? 'info' : '' }, number(u.targets[t.indicator]) + (own ? ' (riêng)' : ''));
        }
        const input = el('input', { type: 'text', inputmode: 'decimal', className: 'form-control input-sm thidua-target',
          'data-unit': u.unitCode, 'data-indicator': t.indicator, value: number(u.targets[t.indicator]),
          'aria-label': `${t.name}, ${u.unitName}` });
        inputs.push(input);
        return el('td', {}, input);
      })));
    const result = el('div', { id: 'thidua-targets-result' });
    const table = el('table', { className: 'table table-condensed', id: 'thidua-targets' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Huyện, thị xã, thành phố'),
        answer.indicators.map((t) => el('th', {}, `${t.name} (${t.measure}; phong trào: ${number(answer.movementTargets[t.indicator])})`)))),
      el('tbody', {}, rows));
    const parts = [notice, el('p', {}, `Phong trào "${answer.movementName}", năm ${answer.year}. Ô để trống hoặc bằng mục tiêu của phong trào: huyện theo mục tiêu của phong trào.`), table];
    if (answer.mayEdit) {
      parts.push(el('button', { type: 'button', className: 'btn btn-primary', id: 'thidua-targets-save', onclick: async () => {
        const body = inputs
          .filter((input) => input.value.trim() !== ''
            && Number(input.value.replace(',', '.')) !== Number(answer.movementTargets[input.dataset.indicator]))
          .map((input) => ({ unitCode: input.dataset.unit, indicator: input.dataset.indicator, target: input.value.trim() }));
        try {
          await fetchJson(`/api/rounds/${encodeURIComponent(roundKey)}/targets`, { method: 'PUT', json: body });
          this.loadTargets(roundKey, alertBox(`Đã lưu mục tiêu riêng của ${new Set(body.map((b) => b.unitCode)).size} huyện.`, 'success'));
        } catch (e) {
          result.replaceChildren(alertBox(e.message, 'danger'));
        }
      } }, 'Lưu mục tiêu'), result);
    }
    parts.push(el('h4', {}, 'Thay đổi'), answer.changes.length ? changes(answer.changes) : el('p', { className: 'text-muted' }, 'Chưa có.'));
    this.targetsTable.replaceChildren(...parts.filter((part) => part));
  }
}

export default [
  {
    id: 'thidua.movements.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 18,
    label: 'Phong trào',
    properties: {
      pagePath: '#/phong-trao',
      checkActive: (path) => /#\/phong-trao/.test(path || '')
    },
    render: (node) => {
      node.appendChild(el('a', { href: '#/phong-trao', id: 'thidua-movements-navigation' }, 'Phong trào'));
    }
  },
  {
    id: 'thidua.movements.route',
    pluginPoint: 'cockpit.route',
    properties: {
      path: '/phong-trao',
      label: 'Phong trào thi đua'
    },
    render: (node) => {
      new MovementsPage(node).render();
    }
  }
];
