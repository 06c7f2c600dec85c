/*
 * Tasklist plugin: the tab "Văn bản đính kèm" of a task of a unit's report or of an award nomination
 * (preparing, reviewing, verifying, checking …): the dossier's attached scans and documents, with their
 * download links, and for the unit's own staff an upload of a scanned signed document (PDF, JPEG or PNG,
 * at most 10 MB; the server checks the type from the content and answers a refusal in Vietnamese).
 * Data: GET /api/tasks/{taskId}/dossier and POST /api/dossiers/{kind}/{key}/attachments.
 */
import { attachmentsAsDocuments, documentsTable, uploadForm } from './dossier-client.js';
import { el, fetchJson } from './plugin-kit.js';

let rendering = 0;

async function show(node, taskId) {
  const run = ++rendering;
  node.replaceChildren(el('p', { className: 'text-muted', style: 'padding:10px;' }, 'Đang tải…'));
  let dossier;
  try {
    dossier = await fetchJson(`/api/tasks/${encodeURIComponent(taskId)}/dossier`);
  } catch (error) {
    if (run === rendering) {
      node.replaceChildren(el('p', {
        className: error.status === 404 ? 'text-muted thidua-no-dossier' : 'alert alert-danger',
        style: 'margin:10px;'
      }, error.message));
    }
    return;
  }
  if (run !== rendering) {
    return;
  }
  const documents = el('div', { className: 'thidua-task-documents' }, documentsTable(dossier.documents));
  node.replaceChildren(el('div', {
    className: 'thidua-task-attachments', 'data-dossier-key': dossier.businessKey, style: 'padding:10px 15px;'
  },
  el('p', {}, el('strong', {}, `${dossier.kindText} ${dossier.businessKey}`), ` · ${dossier.title} · `,
    el('span', { className: 'text-muted' }, dossier.statusText)),
  documents,
  dossier.canUpload ? uploadForm(dossier, (attachments) => {
    const others = dossier.documents.filter((d) => d.type !== 'ATTACHMENT');
    dossier.documents = attachmentsAsDocuments(dossier, attachments).concat(others);
    documents.replaceChildren(documentsTable(dossier.documents));
  }) : el('p', { className: 'text-muted' }, 'Chỉ cán bộ của đơn vị lập hồ sơ mới đính kèm được văn bản.')));
}

export default [{
  id: 'thidua.taskAttachments',
  pluginPoint: 'tasklist.task.detail',
  label: 'Văn bản đính kèm',
  priority: 50,
  render: (node, { taskId }) => {
    if (taskId) {
      show(node, taskId);
    }
  }
}];
