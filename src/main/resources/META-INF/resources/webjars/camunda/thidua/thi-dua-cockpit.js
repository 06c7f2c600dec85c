/*
 * Cockpit plugin "Thi đua": the round at a glance for the Department's observers (Ban Giám đốc, Văn phòng
 * Sở, Phòng Bảo trợ xã hội, cán bộ theo dõi). A card on the dashboard, an entry "Thi đua" in the header
 * and its own page (#/thi-dua): every unit's report with its due date and notices, the plan's indicators
 * per district against their targets (Chart.js), the nominations pipeline and the award history, each
 * table with its .xlsx export. Data from the application's API (/api/dashboard/..., /api/awards) with the
 * user's Cockpit session. Plain DOM, no build step.
 */

import { dateTime } from './dossier-client.js';
import { apiUrl, el, fetchJson } from './plugin-kit.js';

const CHART_JS = '/webjars/chart.js/4.5.1/dist/chart.umd.min.js';
const ZONE = 'Asia/Ho_Chi_Minh';
const AWARD_FORMS = [
  ['GIAY_KHEN_GIAM_DOC', 'Giấy khen của Giám đốc Sở'],
  ['BANG_KHEN_UBND_TINH', 'Bằng khen của Chủ tịch UBND tỉnh'],
  ['CO_THI_DUA_UBND_TINH', 'Cờ thi đua của UBND tỉnh'],
  ['BANG_KHEN_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ']
];
const STATE_STYLES = {
  ACCEPTED: 'success',
  SUBMITTED_ON_TIME: 'info',
  SUBMITTED_LATE: 'warning',
  RETURNED: 'warning',
  PENDING: 'default',
  NOT_SUBMITTED: 'danger'
};
const YEAR_COLOURS = ['#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#17becf'];

/**
 * Chart.js from its WebJar. Cockpit defines RequireJS's AMD define(), which the UMD bundle then uses, so it
 * is loaded through RequireJS; elsewhere by a script element (window.Chart).
 */
let chartLibrary = null;
function loadChartJs() {
  if (!chartLibrary) {
    chartLibrary = new Promise((resolve, reject) => {
      if (window.Chart) {
        resolve(window.Chart);
      } else if (typeof window.define === 'function' && window.define.amd && typeof window.require === 'function') {
        window.require([apiUrl(CHART_JS)], (Chart) => {
          window.Chart = window.Chart || Chart;
          resolve(Chart);
        }, reject);
      } else {
        document.head.appendChild(el('script', {
          src: apiUrl(CHART_JS),
          onload: () => resolve(window.Chart),
          onerror: () => reject(new Error('Không tải được thư viện biểu đồ.'))
        }));
      }
    });
    chartLibrary.catch(() => { chartLibrary = null; });
  }
  return chartLibrary;
}

// ---------------------------------------------------------------------------------------------
// small format and DOM helpers

function parts(instant) {
  const values = {};
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(new Date(instant)).forEach((part) => { values[part.type] = part.value; });
  return values;
}

/** 15/12/2026, from "2026-12-15", an instant or milliseconds */
function date(value) {
  if (value === undefined || value === null || value === '') {
    return '';
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}/${month}/${year}`;
  }
  const p = parts(value);
  return `${p.day}/${p.month}/${p.year}`;
}

function number(value, digits) {
  if (value === undefined || value === null) {
    return '';
  }
  return Number(value).toLocaleString('vi-VN', { minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0 });
}

/** "(mục tiêu riêng 0,8) " where the district's own target for the year differs from the movement's */
function own(year, indicator, movementTargets) {
  const target = year.targets ? year.targets[indicator] : undefined;
  if (target === undefined || Number(target) === Number(movementTargets[indicator])) {
    return '';
  }
  return `(mục tiêu riêng ${String(Number(target)).replace('.', ',')}) `;
}

function table(headers, rows, attributes) {
  return el('table', Object.assign({ className: 'table table-striped table-condensed thidua-table' }, attributes || {}),
    el('thead', {}, el('tr', {}, headers.map((header) => el('th', {}, header)))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: headers.length }, 'Không có dữ liệu.'))));
}

function excelLink(path, title) {
  return el('a', { className: 'btn btn-default btn-sm thidua-excel', href: apiUrl(path), download: true, title },
    'Xuất Excel');
}

function section(id, title, excel, ...content) {
  return el('section', { id, className: 'thidua-section' },
    el('h3', {}, title, ' ', excel || null), ...content);
}

function message(text, kind) {
  return el('div', { className: 'alert alert-' + (kind || 'info') }, text);
}

function badge(text, style) {
  return el('span', { className: 'label label-' + (style || 'default') }, text);
}

// ---------------------------------------------------------------------------------------------
// the page

const STYLE = `
.thidua-page { padding: 15px 20px 60px; }
.thidua-page h2 { margin-top: 0; }
.thidua-section { margin-top: 25px; }
.thidua-section h3 { border-bottom: 1px solid #ddd; padding-bottom: 6px; }
.thidua-section h3 .thidua-excel { float: right; }
.thidua-table td ul { margin: 0; padding-left: 16px; }
.thidua-counts .label { display: inline-block; margin: 0 6px 6px 0; font-size: 90%; }
.thidua-charts { display: flex; flex-wrap: wrap; gap: 20px; }
.thidua-chart { flex: 1 1 420px; min-width: 360px; height: 320px; position: relative; }
.thidua-late { color: #a94442; font-weight: bold; }
.thidua-award-form .form-group { margin-right: 10px; }
`;

function addStyle() {
  if (!document.getElementById('thidua-cockpit-style')) {
    document.head.appendChild(el('style', { id: 'thidua-cockpit-style' }, STYLE));
  }
}

class ThiDuaPage {
  constructor(node) {
    this.node = node;
    this.charts = [];
  }

  async render() {
    addStyle();
    this.roundSelect = el('select', { id: 'thidua-round', className: 'form-control', onchange: () => this.showRound() });
    this.content = el('div', { id: 'thidua-round-content' });
    this.awards = this.awardSection();
    this.node.appendChild(el('div', { className: 'thidua-page', id: 'thidua-page' },
      el('h2', {}, 'Thi đua - theo dõi đợt thi đua'),
      el('div', { className: 'form-inline' },
        el('label', { for: 'thidua-round' }, 'Đợt thi đua: '), ' ', this.roundSelect),
      this.content, this.awards));
    let rounds;
    try {
      rounds = await fetchJson('/api/dashboard/rounds');
    } catch (e) {
      this.content.appendChild(message(e.message, 'danger'));
      return;
    }
    if (!rounds.length) {
      this.content.appendChild(message('Chưa có đợt thi đua nào.'));
      this.searchAwards();
      return;
    }
    rounds.forEach((round) => this.roundSelect.appendChild(el('option', { value: round.roundKey },
      `${round.roundKey} — ${round.roundType} năm ${round.year}${round.open ? '' : ' (đã kết thúc)'}`)));
    this.rounds = rounds;
    await this.showRound();
  }

  async showRound() {
    const key = this.roundSelect.value;
    const round = this.rounds.find((candidate) => candidate.roundKey === key);
    this.destroyCharts();
    this.content.replaceChildren(message('Đang tải…'));
    try {
      const [overview, pipeline, indicators] = await Promise.all([
        fetchJson('/api/dashboard/rounds/' + encodeURIComponent(key)),
        fetchJson('/api/dashboard/rounds/' + encodeURIComponent(key) + '/nominations'),
        fetchJson('/api/dashboard/movements/' + encodeURIComponent(round.movementCode) + '/indicators')
      ]);
      this.content.replaceChildren(this.unitsSection(overview), this.indicatorSection(indicators),
        this.pipelineSection(pipeline));
      this.fillUnitChoices(overview);
      this.searchAwards();
      await this.drawCharts(indicators);
    } catch (e) {
      this.content.replaceChildren(message(e.message, 'danger'));
    }
  }

  unitsSection(overview) {
    const counts = el('p', { className: 'thidua-counts' }, Object.entries(overview.counts).map(([text, count]) =>
      badge(`${text}: ${count}`, count ? 'primary' : 'default')));
    const rows = overview.units.map((unit, index) => el('tr', { 'data-unit': unit.unitCode, 'data-state': unit.state },
      el('td', {}, index + 1),
      el('td', {}, unit.unitName),
      el('td', {}, badge(unit.stateText, STATE_STYLES[unit.state])),
      el('td', {}, date(unit.deadline),
        unit.extended ? el('div', { className: 'text-muted' }, `Gia hạn (hạn ban đầu ${date(unit.originalDue)})`) : null),
      el('td', {}, dateTime(unit.submittedAt),
        unit.late && unit.submittedAt ? el('div', { className: 'thidua-late' }, 'Nộp muộn') : null),
      el('td', {}, unit.notices.length
        ? el('ul', {}, unit.notices.map((notice) => el('li', { title: notice.subject },
          `${dateTime(notice.sentAt)} — ${notice.kindText}`)))
        : '')));
    return section('thidua-units', `Báo cáo của các đơn vị — ${overview.roundType} năm ${overview.year}`,
      excelLink(`/api/dashboard/rounds/${encodeURIComponent(overview.roundKey)}/units.xlsx`,
        'Tải bảng tình hình báo cáo (.xlsx)'),
      el('p', {}, `Phong trào: ${overview.movementName}. Hạn nộp báo cáo: ${date(overview.deadline)}`,
        overview.deadlineExtended ? ` (gia hạn từ ${date(overview.originalDeadline)})` : '', '.'),
      counts,
      table(['STT', 'Đơn vị', 'Tình trạng báo cáo', 'Hạn nộp', 'Nộp lúc', 'Nhắc hạn, thông báo đã nhận'], rows,
        { id: 'thidua-units-table' }));
  }

  indicatorSection(indicators) {
    this.chartCanvases = {
      fall: el('canvas', { id: 'thidua-chart-fall', 'aria-label': 'Mức giảm tỷ lệ hộ nghèo', role: 'img' }),
      coverage: el('canvas', { id: 'thidua-chart-coverage', 'aria-label': 'Tỷ lệ hưởng trợ cấp xã hội', role: 'img' }),
      merit: el('canvas', { id: 'thidua-chart-merit', 'aria-label': 'Hộ nghèo thuộc diện người có công', role: 'img' })
    };
    const reported = indicators.districts.some((district) => district.years.some((year) => year.reported));
    const rows = [];
    const movementTargets = {
      POVERTY_RATE_FALL: indicators.targets.fallPoints,
      ALLOWANCE_COVERAGE: indicators.targets.allowanceCoverage,
      MERIT_POOR_HOUSEHOLDS: indicators.targets.meritPoorHouseholds,
      CHILDREN_PROTECTED: indicators.targets.childrenProtected
    };
    indicators.districts.forEach((district) => district.years.filter((year) => year.reported).forEach((year) => {
      rows.push(el('tr', {},
        el('td', {}, district.unitName), el('td', {}, year.year),
        el('td', {}, number(year.fallPoints, 2), ' ', own(year, 'POVERTY_RATE_FALL', movementTargets), verdict(year.fallMet)),
        el('td', {}, number(year.allowanceCoverage, 2), ' ', own(year, 'ALLOWANCE_COVERAGE', movementTargets), verdict(year.coverageMet)),
        el('td', {}, number(year.meritPoorHouseholds), ' ', own(year, 'MERIT_POOR_HOUSEHOLDS', movementTargets), verdict(year.meritMet)),
        el('td', {}, number(year.childrenProtected, 2), ' ', own(year, 'CHILDREN_PROTECTED', movementTargets), verdict(year.childrenMet))));
    }));
    return section('thidua-indicators',
      `Chỉ tiêu của Kế hoạch theo huyện, thị xã, thành phố (${indicators.firstYear}–${indicators.lastYear})`,
      excelLink(`/api/dashboard/movements/${encodeURIComponent(indicators.movementCode)}/indicators.xlsx`,
        'Tải bảng chỉ tiêu (.xlsx)'),
      el('p', { className: 'text-muted' }, 'Từ các báo cáo được chấp nhận của mọi đợt thi đua của phong trào'
        + (indicators.planReference ? ` (${indicators.planReference})` : '') + '. '
        + `Mục tiêu của phong trào: tỷ lệ hộ nghèo giảm ít nhất ${number(indicators.targets.fallPoints, 1)} điểm % mỗi năm; `
        + `${number(indicators.targets.allowanceCoverage)}% đối tượng đủ điều kiện được hưởng trợ cấp xã hội; `
        + `còn không quá ${number(indicators.targets.meritPoorHouseholds)} hộ nghèo thuộc diện người có công đến năm ${indicators.targets.meritPoorHouseholdsBy}; `
        + `${number(indicators.targets.childrenProtected)}% trẻ em có hoàn cảnh đặc biệt được bảo vệ, chăm sóc. `
        + 'Huyện có mục tiêu riêng trong năm được so với mục tiêu riêng, ghi trong ngoặc.'),
      reported ? null : message('Chưa có báo cáo nào của các huyện được chấp nhận trong phong trào này.'),
      el('div', { className: 'thidua-charts' },
        el('div', { className: 'thidua-chart' }, this.chartCanvases.fall),
        el('div', { className: 'thidua-chart' }, this.chartCanvases.coverage),
        el('div', { className: 'thidua-chart' }, this.chartCanvases.merit)),
      table(['Đơn vị', 'Năm', 'Giảm tỷ lệ hộ nghèo (điểm %)', 'Tỷ lệ hưởng trợ cấp (%)', 'Hộ nghèo người có công',
        'Trẻ em có hoàn cảnh đặc biệt được bảo vệ (%)'], rows,
        { id: 'thidua-indicators-table' }));
  }

  async drawCharts(indicators) {
    let Chart;
    try {
      Chart = await loadChartJs();
    } catch (e) {
      this.content.querySelector('.thidua-charts').replaceWith(message('Không tải được thư viện biểu đồ.', 'warning'));
      return;
    }
    const labels = indicators.districts.map((district) => shortName(district.unitName));
    // the target line follows each district's own target for the movement's latest year
    const latest = indicators.years[indicators.years.length - 1];
    const targetOf = (district, indicator, fallback) => {
      const entry = district.years.find((candidate) => candidate.year === latest);
      return entry && entry.targets ? Number(entry.targets[indicator]) : Number(fallback);
    };
    const chart = (canvas, title, field, target, targetLabel, suggestedMax, indicator) => {
      const datasets = indicators.years.map((year, index) => ({
        type: 'bar',
        label: `Năm ${year}`,
        backgroundColor: YEAR_COLOURS[index % YEAR_COLOURS.length],
        data: indicators.districts.map((district) => {
          const entry = district.years.find((candidate) => candidate.year === year);
          return entry && entry[field] !== null && entry[field] !== undefined ? Number(entry[field]) : null;
        })
      }));
      datasets.push({
        type: 'line',
        label: targetLabel,
        data: indicators.districts.map((district) => targetOf(district, indicator, target)),
        borderColor: '#d62728',
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: 0,
        fill: false
      });
      this.charts.push(new Chart(canvas, {
        data: { labels, datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { title: { display: true, text: title }, legend: { position: 'bottom' } },
          scales: { y: { beginAtZero: true, suggestedMax } }
        }
      }));
    };
    chart(this.chartCanvases.fall, 'Mức giảm tỷ lệ hộ nghèo (điểm %)', 'fallPoints', indicators.targets.fallPoints,
      `Mục tiêu năm ${latest} (của phong trào: giảm ${number(indicators.targets.fallPoints, 1)} điểm %)`, 1,
      'POVERTY_RATE_FALL');
    chart(this.chartCanvases.coverage, 'Tỷ lệ đối tượng hưởng trợ cấp xã hội (%)', 'allowanceCoverage',
      indicators.targets.allowanceCoverage, `Mục tiêu năm ${latest}`, 100, 'ALLOWANCE_COVERAGE');
    chart(this.chartCanvases.merit, 'Hộ nghèo thuộc diện người có công (hộ)', 'meritPoorHouseholds',
      indicators.targets.meritPoorHouseholds, `Mục tiêu: ${number(indicators.targets.meritPoorHouseholds)} hộ (năm ${indicators.targets.meritPoorHouseholdsBy})`, 5,
      'MERIT_POOR_HOUSEHOLDS');
  }

  pipelineSection(pipeline) {
    const stages = pipeline.stages.filter((stage) => stage.count > 0 || !stage.ended).map((stage) =>
      el('tr', { 'data-status': stage.status }, el('td', {}, stage.statusText), el('td', {}, stage.count)));
    const rows = pipeline.nominations.map((item) => el('tr', { 'data-nomination': item.businessKey },
      el('td', {}, item.businessKey),
      el('td', {}, item.unitName),
      el('td', {}, item.nomineeName),
      el('td', {}, item.awardFormText),
      el('td', {}, item.statusText),
      el('td', {}, item.step || '—', item.stepSince ? el('div', { className: 'text-muted' }, 'từ ' + dateTime(item.stepSince)) : null),
      el('td', { className: item.late ? 'thidua-late' : '' }, item.due ? dateTime(item.due) : '', item.late ? ' (quá hạn)' : ''),
      el('td', {}, item.waitingOnProvince
        ? [`từ ${date(item.waitingOnProvinceSince)}`, item.submissionNumber
          ? el('div', { className: 'text-muted' }, `Tờ trình ${item.submissionNumber} ngày ${date(item.submissionDate)}`)
          : el('div', { className: 'text-muted' }, 'chưa trình')]
        : '')));
    return section('thidua-nominations', 'Hồ sơ đề nghị khen thưởng',
      excelLink(`/api/dashboard/rounds/${encodeURIComponent(pipeline.roundKey)}/nominations.xlsx`,
        'Tải bảng hồ sơ đề nghị khen thưởng (.xlsx)'),
      el('p', { className: 'thidua-counts' }, badge(`Tổng số: ${pipeline.nominations.length}`, 'primary'),
        badge(`Quá hạn xử lý: ${pipeline.late}`, pipeline.late ? 'danger' : 'default'),
        badge(`Chờ cấp trên quyết định: ${pipeline.waitingOnProvince}`, pipeline.waitingOnProvince ? 'warning' : 'default')),
      el('div', { className: 'row' },
        el('div', { className: 'col-md-5' }, table(['Tình trạng', 'Số hồ sơ'], stages, { id: 'thidua-stages-table' }))),
      table(['Mã hồ sơ', 'Đơn vị', 'Đề nghị cho', 'Hình thức', 'Tình trạng', 'Bước hiện tại', 'Hạn xử lý',
        'Chờ cấp trên'], rows, { id: 'thidua-nominations-table' }));
  }

  awardSection() {
    this.awardUnit = el('select', { id: 'thidua-award-unit', className: 'form-control' }, el('option', { value: '' }, 'Tất cả đơn vị'));
    this.awardYear = el('input', { id: 'thidua-award-year', type: 'number', min: 2000, max: 2100, className: 'form-control', placeholder: 'Năm' });
    this.awardForm = el('select', { id: 'thidua-award-form', className: 'form-control' }, el('option', { value: '' }, 'Mọi hình thức'),
      AWARD_FORMS.map(([code, name]) => el('option', { value: code }, name)));
    this.awardNominee = el('input', { id: 'thidua-award-nominee', type: 'text', className: 'form-control', placeholder: 'Tên tập thể, cá nhân' });
    this.awardExcel = excelLink('/api/dashboard/awards.xlsx', 'Tải lịch sử khen thưởng (.xlsx)');
    this.awardResults = el('div', { id: 'thidua-award-results' });
    const form = el('form', { className: 'form-inline thidua-award-form', id: 'thidua-award-search', onsubmit: (event) => {
      event.preventDefault();
      this.searchAwards();
    } },
    el('div', { className: 'form-group' }, el('label', { for: 'thidua-award-unit' }, 'Đơn vị '), this.awardUnit),
    el('div', { className: 'form-group' }, el('label', { for: 'thidua-award-year' }, 'Năm '), this.awardYear),
    el('div', { className: 'form-group' }, el('label', { for: 'thidua-award-form' }, 'Hình thức '), this.awardForm),
    el('div', { className: 'form-group' }, el('label', { for: 'thidua-award-nominee' }, 'Tên '), this.awardNominee),
    el('button', { type: 'submit', className: 'btn btn-primary' }, 'Tìm kiếm'));
    const awards = section('thidua-awards', 'Lịch sử khen thưởng', this.awardExcel, form, this.awardResults);
    return awards;
  }

  fillUnitChoices(overview) {
    this.unitNames = Object.fromEntries(overview.units.map((unit) => [unit.unitCode, unit.unitName]));
    const chosen = this.awardUnit.value;
    this.awardUnit.replaceChildren(el('option', { value: '' }, 'Tất cả đơn vị'),
      overview.units.map((unit) => el('option', { value: unit.unitCode }, unit.unitName)));
    this.awardUnit.value = overview.units.some((unit) => unit.unitCode === chosen) ? chosen : '';
  }

  async searchAwards() {
    const query = new URLSearchParams();
    [['unit', this.awardUnit.value], ['year', this.awardYear.value], ['awardForm', this.awardForm.value],
      ['nominee', this.awardNominee.value.trim()]].forEach(([name, value]) => {
      if (value) {
        query.set(name, value);
      }
    });
    const suffix = query.toString() ? '?' + query.toString() : '';
    this.awardExcel.setAttribute('href', apiUrl('/api/dashboard/awards.xlsx' + suffix));
    this.awardResults.replaceChildren(message('Đang tìm…'));
    try {
      const lines = await fetchJson('/api/awards' + suffix);
      const forms = Object.fromEntries(AWARD_FORMS);
      const rows = lines.map((line) => el('tr', { 'data-nomination': line.business_key },
        el('td', {}, line.round_year),
        el('td', {}, (this.unitNames && this.unitNames[line.unit_code]) || line.unit_code),
        el('td', {}, line.nominee_name, line.nominee_position ? `, ${line.nominee_position}` : ''),
        el('td', {}, forms[line.award_form] || line.award_form),
        el('td', {}, line.decision_document
          ? el('a', { href: apiUrl(line.decision_document), className: 'thidua-decision', download: true },
            `Quyết định số ${line.decision_number} ngày ${date(line.decision_date)} (.docx)`)
          : `Quyết định số ${line.decision_number || ''} ngày ${date(line.decision_date)} (${issuer(line.decision_issuer)})`)));
      this.awardResults.replaceChildren(table(['Năm', 'Đơn vị', 'Tập thể, cá nhân', 'Hình thức khen thưởng',
        'Quyết định'], rows, { id: 'thidua-awards-table' }));
    } catch (e) {
      this.awardResults.replaceChildren(message(e.message, 'danger'));
    }
  }

  destroyCharts() {
    this.charts.forEach((chart) => chart.destroy());
    this.charts = [];
  }
}

function verdict(met) {
  if (met === null || met === undefined) {
    return '';
  }
  return badge(met ? 'Đạt' : 'Chưa đạt', met ? 'success' : 'danger');
}

function issuer(code) {
  return { DIRECTOR: 'Giám đốc Sở', PROVINCE: 'Chủ tịch UBND tỉnh', PRIME_MINISTER: 'Thủ tướng Chính phủ' }[code] || code || '';
}

/** "Phòng Lao động - Thương binh và Xã hội huyện Bù Đăng" -> "huyện Bù Đăng" */
function shortName(name) {
  const match = /(huyện|thị xã|thành phố)\s.*$/.exec(name);
  return match ? match[0] : name;
}

// ---------------------------------------------------------------------------------------------
// the dashboard card

async function renderCard(node) {
  addStyle();
  const body = el('div', { id: 'thidua-dashboard-card' });
  node.appendChild(el('section', { className: 'thidua-section' },
    el('h3', {}, 'Thi đua'),
    el('p', {}, 'Tình hình báo cáo của các đơn vị, chỉ tiêu của Kế hoạch theo huyện, hồ sơ đề nghị khen thưởng và lịch sử khen thưởng. ',
      el('a', { href: '#/thi-dua', id: 'thidua-open-page' }, 'Mở trang Thi đua »')),
    body));
  try {
    const open = (await fetchJson('/api/dashboard/rounds')).filter((round) => round.open);
    body.appendChild(open.length
      ? el('ul', {}, open.map((round) => el('li', {}, `${round.roundKey}: ${round.roundType} năm ${round.year}, hạn nộp ${date(round.deadline)}`)))
      : el('p', { className: 'text-muted' }, 'Không có đợt thi đua nào đang mở.'));
  } catch (e) {
    body.appendChild(message(e.message, 'warning'));
  }
}

let page = null;

export default [
  {
    id: 'thidua.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    label: 'Thi đua',
    render: (node) => { renderCard(node); }
  },
  {
    id: 'thidua.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 20,
    label: 'Thi đua',
    properties: {
      pagePath: '#/thi-dua',
      checkActive: (path) => /#\/thi-dua/.test(path || '')
    },
    render: (node) => {
      node.appendChild(el('a', { href: '#/thi-dua', id: 'thidua-navigation' }, 'Thi đua'));
    }
  },
  {
    id: 'thidua.route',
    pluginPoint: 'cockpit.route',
    properties: {
      path: '/thi-dua',
      label: 'Thi đua'
    },
    render: (node) => {
      page = new ThiDuaPage(node);
      page.render();
    },
    unmount: () => {
      if (page) {
        page.destroyCharts();
        page = null;
      }
    }
  }
];
