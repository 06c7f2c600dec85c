/*
 * Shared by the Tasklist plugins "Hồ sơ của đơn vị" (unit-dossiers.js) and "Văn bản đính kèm"
 * (task-attachments.js), and for its date format by the Cockpit plugin (thi-dua-cockpit.js): Vietnamese
 * formats, and the list and upload of a dossier's documents. Requests and elements: plugin-kit.js.
 */

import { apiUrl, el, fetchJson } from './plugin-kit.js';

export const MAX_BYTES = 10 * 1024 * 1024;

export async function upload(kindPath, key, file) {
  if (file.size > MAX_BYTES) {
    throw new Error(`Tệp "${file.name}" quá lớn: tối đa 10 MB.`);
  }
  const form = new FormData();
  form.append('file', file, file.name);
  return fetchJson(`/api/dossiers/${encodeURIComponent(kindPath)}/${encodeURIComponent(key)}/attachments`, { body: form });
}

// ---------------------------------------------------------------------------------------------
// formats: dd/MM/yyyy HH:mm in Vietnam's time, sizes in KB/MB

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
  minute: '2-digit', hourCycle: 'h23'
});

export function dateTime(iso) {
  if (!iso) {
    return '';
  }
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

export function size(bytes) {
  if (bytes === null || bytes === undefined) {
    return '';
  }
  if (bytes < 1024) {
    return `${bytes} byte`;
  }
  const kb = bytes / 1024;
  return kb < 1024 ? `${kb.toFixed(1).replace('.', ',')} KB` : `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}

const TYPES = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)'
};

export function typeName(contentType) {
  return TYPES[contentType] || contentType || '';
}

// ---------------------------------------------------------------------------------------------
// DOM helpers

/** A message box (alert) whose text can be replaced: kind 'success', 'danger' or 'info'. */
export function messageBox(className) {
  const box = el('div', { className: `alert ${className || ''}`, role: 'alert', style: 'display:none;margin:8px 0;' });
  box.show = (kind, text) => {
    box.className = `alert alert-${kind} ${className || ''}`;
    box.textContent = text;
    box.style.display = text ? '' : 'none';
  };
  return box;
}

/** The table of a dossier's documents: name (download link), type, size, who, when. */
export function documentsTable(documents) {
  if (!documents || documents.length === 0) {
    return el('p', { className: 'text-muted thidua-no-documents' }, 'Chưa có văn bản nào.');
  }
  return el('table', { className: 'table table-condensed thidua-documents' },
    el('thead', {}, el('tr', {}, ['Văn bản', 'Loại', 'Dung lượng', 'Người tải lên', 'Thời điểm']
      .map((h) => el('th', {}, h)))),
    el('tbody', {}, documents.map((d) => el('tr', { 'data-document-type': d.type },
      el('td', {}, el('a', { href: apiUrl(d.href), download: '', target: '_blank', rel: 'noopener' }, d.name)),
      el('td', {}, typeName(d.contentType)),
      el('td', {}, size(d.sizeBytes)),
      el('td', {}, d.uploadedBy || ''),
      el('td', {}, dateTime(d.uploadedAt))))));
}

/**
 * A file field and a button "Tải lên" that attaches the chosen file to the dossier; onUploaded(list) gets
 * the dossier's attachments as the server answers them.
 */
export function uploadForm(dossier, onUploaded) {
  const box = messageBox('thidua-upload-message');
  // the browser's own file field speaks the browser's language: a Vietnamese button chooses the file instead
  const input = el('input', {
    type: 'file', className: 'thidua-upload-input', accept: 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png',
    'aria-label': 'Chọn tệp đính kèm', style: 'display:none;'
  });
  const choose = el('button', { type: 'button', className: 'btn btn-default btn-sm thidua-upload-choose' }, 'Chọn tệp…');
  const chosen = el('span', { className: 'thidua-upload-chosen text-muted', style: 'margin:0 10px;' }, 'Chưa chọn tệp');
  choose.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files && input.files[0];
    chosen.textContent = file ? `${file.name} (${size(file.size)})` : 'Chưa chọn tệp';
  });
  const button = el('button', { type: 'button', className: 'btn btn-primary btn-sm thidua-upload-button' }, 'Tải lên');
  button.addEventListener('click', async () => {
    const file = input.files && input.files[0];
    if (!file) {
      box.show('danger', 'Chọn tệp cần đính kèm (PDF, JPEG hoặc PNG, tối đa 10 MB).');
      return;
    }
    button.disabled = true;
    box.show('info', `Đang tải lên "${file.name}"…`);
    try {
      const list = await upload(dossier.kindPath, dossier.businessKey, file);
      box.show('success', `Đã đính kèm "${file.name}" vào hồ sơ ${dossier.businessKey}.`);
      input.value = '';
      chosen.textContent = 'Chưa chọn tệp';
      onUploaded(list);
    } catch (error) {
      box.show('danger', error.message);
    } finally {
      button.disabled = false;
    }
  });
  return el('div', { className: 'thidua-upload' },
    el('label', { style: 'display:block;font-weight:normal;' }, 'Đính kèm bản quét văn bản đã ký (PDF, JPEG hoặc PNG, tối đa 10 MB):'),
    input, choose, chosen, button, box);
}

/** The attachments of the upload answer, as the documents the view lists. */
export function attachmentsAsDocuments(dossier, attachments) {
  return attachments.map((a) => ({
    type: 'ATTACHMENT', name: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes,
    uploadedBy: a.uploadedBy, uploadedAt: a.uploadedAt,
    href: `/api/dossiers/${dossier.kindPath}/${dossier.businessKey}/attachments/${a.id}`
  }));
}
