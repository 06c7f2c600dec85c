/*
 * Tasklist plugin "Hồ sơ của đơn vị": a button in Tasklist's header opens the list of a unit's reports
 * and nominations, open or ended, with their current step, due date, outcome, comments and documents.
 * From there the unit's staff attach scanned documents and withdraw a nomination that has not reached
 * the council; social protection reopens an accepted report while the round's summary is not approved.
 * Unit staff see their own unit; the Department's observers choose a unit. Data: GET /api/me and
 * GET /api/units/{unitCode}/dossiers (the server refuses another unit's dossiers with 403).
 */
import { attachmentsAsDocuments, dateTime, documentsTable, messageBox, uploadForm } from './dossier-client.js';
import { apiUrl, el, fetchJson } from './plugin-kit.js';

const OVERLAY_ID = 'thidua-dossiers';

/** Who is signed in: asked each time, as another user may sign in on the same page. */
function whoAmI() {
  return fetchJson('/api/me');
}

function close() {
  const overlay = document.getElementById(OVERLAY_ID);
  if (overlay) {
    overlay.remove();
  }
  document.removeEventListener('keydown', onEscape);
}

function onEscape(event) {
  if (event.key === 'Escape') {
    close();
  }
}

/** A reason field with a confirm and a cancel button, shown under an action's button. */
function reasonForm(label, confirmText, onConfirm) {
  const reason = el('textarea', { className: 'form-control thidua-reason', rows: 2, maxlength: 4000 });
  const confirm = el('button', { type: 'button', className: 'btn btn-danger btn-sm thidua-confirm' }, confirmText);
  const cancel = el('button', { type: 'button', className: 'btn btn-link btn-sm' }, 'Hủy');
  const form = el('div', { className: 'thidua-reason-form', style: 'margin-top:8px;max-width:640px;' },
    el('label', { style: 'font-weight:normal;' }, label), reason,
    el('div', { style: 'margin-top:6px;' }, confirm, ' ', cancel));
  cancel.addEventListener('click', () => form.remove());
  confirm.addEventListener('click', () => onConfirm(reason.value.trim(), confirm));
  return form;
}

function dossierPanel(dossier, view) {
  const documents = el('div', { className: 'thidua-dossier-documents' }, documentsTable(dossier.documents));
  const actions = el('div', { className: 'thidua-dossier-actions' });
  const status = el('span', {
    className: `label ${dossier.open ? 'label-primary' : 'label-default'} thidua-dossier-status`,
    style: 'font-size:90%;white-space:normal;'
  }, dossier.statusText);

  const rows = [
    ['Mã hồ sơ', dossier.businessKey],
    ['Đợt thi đua', `${dossier.roundKey} (năm ${dossier.year})`],
    ['Bước hiện tại', dossier.currentStep || (dossier.open ? '' : 'Đã kết thúc')],
    [dossier.kind === 'REPORT' ? 'Hạn nộp' : 'Hạn', dateTime(dossier.dueAt) || '—'],
    ['Tình trạng', [status, dossier.late ? el('span', { className: 'text-warning' }, ' (nộp muộn)') : null,
      dossier.statusReason ? el('div', { className: 'text-muted' }, dossier.statusReason) : null]],
    ['Gửi lúc', dateTime(dossier.submittedAt) || '—']
  ];
  if (dossier.endedAt) {
    rows.push(['Kết thúc lúc', dateTime(dossier.endedAt)]);
  }
  const facts = el('table', { className: 'table table-condensed thidua-dossier-facts', style: 'margin-bottom:8px;' },
    el('tbody', {}, rows.map(([label, value]) => el('tr', {},
      el('th', { style: 'width:160px;' }, label), el('td', {}, value)))));

  const comments = dossier.comments.length === 0
    ? el('p', { className: 'text-muted' }, 'Chưa có ý kiến nào.')
    : el('ul', { className: 'list-unstyled thidua-dossier-comments' }, dossier.comments.map((c) => el('li', {
      style: 'border-left:3px solid #ccc;padding-left:8px;margin-bottom:6px;'
    }, el('div', {}, el('strong', {}, c.step), c.outcome ? `: ${c.outcome}` : '',
      el('span', { className: 'text-muted' }, ` (${c.by || 'hệ thống'}, ${dateTime(c.at)})`)),
    c.text ? el('div', { className: 'thidua-comment-text' }, c.text) : null)));

  if (dossier.canWithdraw) {
    const button = el('button', { type: 'button', className: 'btn btn-warning btn-sm thidua-withdraw' }, 'Rút hồ sơ');
    button.addEventListener('click', () => {
      if (actions.querySelector('.thidua-reason-form')) {
        return;
      }
      actions.appendChild(reasonForm(`Lý do rút hồ sơ ${dossier.businessKey} (Phòng Bảo trợ xã hội sẽ được thông báo):`,
        'Xác nhận rút hồ sơ', async (reason, confirm) => {
          if (!reason) {
            view.message.show('danger', 'Vui lòng ghi lý do rút hồ sơ.');
            return;
          }
          confirm.disabled = true;
          try {
            const answer = await fetchJson(`/api/nominations/${encodeURIComponent(dossier.businessKey)}/withdraw`,
              { json: { reason } });
            await view.reload();
            view.message.show('success', `Đã rút hồ sơ ${dossier.businessKey}: ${answer.status || 'Hồ sơ bị rút'}.`);
          } catch (error) {
            view.message.show('danger', error.message);
            confirm.disabled = false;
          }
        }));
    });
    actions.appendChild(button);
  }
  if (dossier.canReopen) {
    const button = el('button', { type: 'button', className: 'btn btn-default btn-sm thidua-reopen' }, 'Mở lại báo cáo');
    button.addEventListener('click', () => {
      if (actions.querySelector('.thidua-reason-form')) {
        return;
      }
      actions.appendChild(reasonForm(`Lý do mở lại báo cáo ${dossier.businessKey} (đơn vị sẽ chỉnh sửa lại báo cáo):`,
        'Xác nhận mở lại', async (reason, confirm) => {
          if (!reason) {
            view.message.show('danger', 'Vui lòng ghi lý do mở lại báo cáo.');
            return;
          }
          confirm.disabled = true;
          try {
            await fetchJson(`/api/reports/${encodeURIComponent(dossier.businessKey)}/reopen`, { json: { reason } });
            await view.reload();
            view.message.show('success', `Đã mở lại báo cáo ${dossier.businessKey}: đơn vị chỉnh sửa, bổ sung báo cáo.`);
          } catch (error) {
            view.message.show('danger', error.message);
            confirm.disabled = false;
          }
        }));
    });
    actions.appendChild(button);
  }

  return el('div', {
    className: 'panel panel-default thidua-dossier', 'data-dossier-key': dossier.businessKey,
    'data-dossier-kind': dossier.kind
  },
  el('div', { className: 'panel-heading' },
    el('strong', {}, dossier.kindText), ' · ', dossier.title, ' ', status.cloneNode(true)),
  el('div', { className: 'panel-body' },
    facts,
    el('h5', {}, 'Ý kiến thẩm định, kiểm tra'), comments,
    el('h5', {}, 'Văn bản'), documents,
    dossier.canUpload ? uploadForm(dossier, (attachments) => {
      const others = dossier.documents.filter((d) => d.type !== 'ATTACHMENT');
      dossier.documents = attachmentsAsDocuments(dossier, attachments).concat(others);
      documents.replaceChildren(documentsTable(dossier.documents));
    }) : null,
    actions));
}

/**
 * The unit's list of nominees from an .xlsx (its own staff): the template, an open round of the unit,
 * the number of the unit's submission and the file; the server's refusal names every bad row.
 */
async function importPanel(unitCode, onImported) {
  const box = messageBox('thidua-import-message');
  let rounds = [];
  try {
    rounds = await fetchJson(`/api/units/${encodeURIComponent(unitCode)}/open-rounds`);
  } catch (error) {
    box.show('danger', error.message);
  }
  const round = el('select', { id: 'thidua-import-round', className: 'form-control input-sm', 'aria-label': 'Đợt thi đua' },
    rounds.map((r) => el('option', { value: r.roundKey }, r.label)));
  const number = el('input', { id: 'thidua-import-number', type: 'text', className: 'form-control input-sm', maxlength: 100,
    placeholder: 'Số tờ trình của đơn vị', 'aria-label': 'Số tờ trình của đơn vị' });
  const input = el('input', { type: 'file', id: 'thidua-import-file', accept: '.xlsx', style: 'display:none;',
    'aria-label': 'Chọn tệp danh sách' });
  const chosen = el('span', { className: 'text-muted', style: 'margin:0 8px;' }, 'Chưa chọn tệp');
  const choose = el('button', { type: 'button', className: 'btn btn-default btn-sm' }, 'Chọn tệp .xlsx…');
  choose.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    chosen.textContent = input.files && input.files[0] ? input.files[0].name : 'Chưa chọn tệp';
  });
  const send = el('button', { type: 'button', id: 'thidua-import-send', className: 'btn btn-primary btn-sm' }, 'Gửi danh sách');
  send.addEventListener('click', async () => {
    const file = input.files && input.files[0];
    if (!file || !round.value) {
      box.show('danger', !round.value ? 'Đơn vị chưa tham gia đợt thi đua nào đang mở.' : 'Chọn tệp danh sách (.xlsx).');
      return;
    }
    const body = new FormData();
    body.append('file', file);
    body.append('roundKey', round.value);
    body.append('submissionNumber', number.value);
    send.disabled = true;
    box.show('info', `Đang gửi "${file.name}"…`);
    try {
      const result = await fetchJson(`/api/units/${encodeURIComponent(unitCode)}/nominations/import`, { method: 'POST', body });
      box.show('success', `Đã tạo ${result.count} hồ sơ đề nghị khen thưởng theo tờ trình số ${result.submissionNumber}.`);
      onImported();
    } catch (error) {
      box.show('danger', error.message);
    } finally {
      send.disabled = false;
    }
  });
  return el('div', { className: 'panel panel-info thidua-import', style: 'margin-bottom:12px;' },
    el('div', { className: 'panel-heading' }, el('strong', {}, 'Đề nghị khen thưởng theo danh sách')),
    el('div', { className: 'panel-body' },
      el('p', {}, 'Tải ',
        el('a', { href: apiUrl('/api/nominations/template.xlsx'), id: 'thidua-import-template' }, 'tệp mẫu danh sách (.xlsx)'),
        ', điền mỗi tập thể, cá nhân một dòng, rồi gửi cùng số tờ trình của đơn vị. Danh sách có dòng sai thì không hồ sơ nào '
        + 'được tạo; hệ thống nêu từng dòng cần sửa.'),
      el('div', { className: 'form-inline' }, round, ' ', number, ' ', choose, chosen, input, send),
      el('div', { style: 'white-space:pre-line;margin-top:8px;' }, box.element || box)));
}

async function open() {
  close();
  const message = messageBox('thidua-dossiers-message');
  const list = el('div', { className: 'thidua-dossier-list' });
  const heading = el('h3', { style: 'margin-top:0;' }, 'Hồ sơ của đơn vị');
  const closeButton = el('button', { type: 'button', className: 'btn btn-default pull-right thidua-dossiers-close' },
    'Đóng');
  closeButton.addEventListener('click', close);
  const toolbar = el('div', { className: 'form-inline', style: 'margin-bottom:10px;' });
  const importArea = el('div', { className: 'thidua-import-area' });
  const dialog = el('div', {
    className: 'thidua-dossiers-dialog', role: 'dialog', 'aria-label': 'Hồ sơ của đơn vị',
    style: 'position:absolute;top:30px;bottom:30px;left:50%;transform:translateX(-50%);width:min(1100px,96vw);'
      + 'overflow:auto;background:#fff;border-radius:4px;padding:16px 20px;box-shadow:0 5px 15px rgba(0,0,0,.5);'
  }, closeButton, heading, toolbar, message, importArea, list);
  const overlay = el('div', {
    id: OVERLAY_ID, style: 'position:fixed;top:0;left:0;right:0;bottom:0;z-index:1990;background:rgba(0,0,0,.4);'
  }, dialog);
  overlay.addEventListener('click', (event) => {
    if (event.target === overlay) {
      close();
    }
  });
  document.body.appendChild(overlay);
  document.addEventListener('keydown', onEscape);

  const view = { message, unitCode: null };
  view.reload = async () => {
    importArea.replaceChildren();
    if (view.unitCode && view.user && view.user.unitCodes.includes(view.unitCode)) {
      importArea.replaceChildren(await importPanel(view.unitCode, () => view.reload()));
    }
    if (!view.unitCode) {
      list.replaceChildren(el('p', { className: 'text-muted' }, 'Chọn đơn vị để xem hồ sơ.'));
      return;
    }
    list.replaceChildren(el('p', { className: 'text-muted' }, 'Đang tải…'));
    try {
      const dossiers = await fetchJson(`/api/units/${encodeURIComponent(view.unitCode)}/dossiers`);
      list.replaceChildren(...(dossiers.length === 0
        ? [el('p', { className: 'text-muted thidua-no-dossiers' }, 'Đơn vị chưa có báo cáo hay hồ sơ đề nghị khen thưởng nào.')]
        : dossiers.map((dossier) => dossierPanel(dossier, view))));
    } catch (error) {
      list.replaceChildren();
      message.show('danger', error.message);
    }
  };

  let user;
  try {
    user = await whoAmI();
  } catch (error) {
    message.show('danger', error.message);
    return;
  }
  view.user = user;
  if (user.units.length === 1) {
    view.unitCode = user.units[0].code;
    heading.textContent = `Hồ sơ của đơn vị: ${user.units[0].name}`;
  } else {
    const select = el('select', { id: 'thidua-dossier-unit', className: 'form-control', 'aria-label': 'Đơn vị' },
      el('option', { value: '' }, '— Chọn đơn vị —'),
      user.units.map((unit) => el('option', { value: unit.code }, unit.active ? unit.name : `${unit.name} (ngừng hoạt động)`)));
    view.unitCode = user.unitCodes.find((code) => user.units.some((unit) => unit.code === code)) || null;
    select.value = view.unitCode || '';
    select.addEventListener('change', () => {
      view.unitCode = select.value || null;
      message.show('info', '');
      view.reload();
    });
    toolbar.appendChild(el('label', { for: 'thidua-dossier-unit', style: 'margin-right:8px;' }, 'Đơn vị'));
    toolbar.appendChild(select);
  }
  await view.reload();
}

export default [{
  id: 'thidua.unitDossiers',
  pluginPoint: 'tasklist.navbar.action',
  priority: 150,
  render: (node) => {
    whoAmI().then((user) => {
      // unit staff and the Department's observers; the council and others have no unit's dossiers to read
      if (user.units.length === 0) {
        return;
      }
      const link = el('a', {
        href: '', className: 'thidua-dossiers-open', title: 'Báo cáo và hồ sơ đề nghị khen thưởng của đơn vị',
        style: 'cursor:pointer;'
      }, el('span', { className: 'glyphicon glyphicon-folder-open', 'aria-hidden': 'true' }), ' Hồ sơ của đơn vị');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        open();
      });
      node.replaceChildren(link);
    }).catch(() => {
      // not signed in yet: Tasklist renders the header again after the login
    });
  },
  unmount: () => close()
}];
