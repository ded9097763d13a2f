// Sinergi: the "Dokumen" tab of a task in Tasklist. form-js (Camunda Forms) has no file picker,
// so letters and signed agreements (PDF) are uploaded here, through the app's /api, which checks
// that the user may work on the task and that the file is a PDF within the size limit.

import {el, errorText, upload} from '../sinergi-common/dom.js';

const TEXT = {
  loading: 'Memuat dokumen…',
  required: 'Dokumen yang diminta tugas ini',
  none: 'Tugas ini tidak meminta dokumen.',
  uploaded: 'sudah diunggah',
  missing: 'belum diunggah',
  list: 'Dokumen proses ini',
  empty: 'Belum ada dokumen.',
  kind: 'Jenis dokumen',
  file: 'Berkas PDF',
  upload: 'Unggah',
  uploading: 'Mengunggah…',
  done: 'Dokumen tersimpan.',
  chooseFile: 'Pilih berkas PDF terlebih dahulu.',
  failed: 'Gagal: ',
  by: 'oleh',
  limit: 'Hanya PDF, paling besar '
};



function megabytes(bytes) {
  return (bytes / (1024 * 1024)).toFixed(0) + ' MB';
}

async function load(node, taskId, api) {
  node.innerHTML = '';
  node.appendChild(el('p', {text: TEXT.loading}));
  const response = await fetch('/api/tasks/' + encodeURIComponent(taskId) + '/documents', {
    credentials: 'same-origin', headers: {Accept: 'application/json'}
  });
  const body = await response.text();
  node.innerHTML = '';
  if (!response.ok) {
    node.appendChild(el('p', {class: 'text-danger', text: TEXT.failed + errorText(body, response.status)}));
    return;
  }
  render(node, JSON.parse(body), taskId, api);
}

function render(node, data, taskId, api) {
  const wrapper = el('div', {class: 'sinergi-documents', style: 'padding: 10px 15px'});
  wrapper.appendChild(el('h4', {text: TEXT.required}));
  if (data.required.length === 0) {
    wrapper.appendChild(el('p', {text: TEXT.none}));
  } else {
    wrapper.appendChild(el('ul', {}, data.required.map(r => el('li', {
      class: r.uploaded ? 'text-success' : 'text-warning',
      text: (r.uploaded ? '✔ ' : '✘ ') + r.label + ' — ' + (r.uploaded ? TEXT.uploaded : TEXT.missing)
    }))));
    wrapper.appendChild(uploadForm(node, data, taskId, api));
  }
  wrapper.appendChild(el('h4', {text: TEXT.list}));
  if (data.documents.length === 0) {
    wrapper.appendChild(el('p', {text: TEXT.empty}));
  } else {
    wrapper.appendChild(el('ul', {}, data.documents.map(d => el('li', {}, [
      el('a', {href: d.url, text: d.fileName, target: '_blank'}),
      el('span', {text: ' — ' + d.label + ', ' + Math.ceil(d.sizeBytes / 1024) + ' KB, ' + TEXT.by
        + ' ' + (d.uploadedByName || d.uploadedBy) + ', ' + new Date(d.uploadedAt).toLocaleString('id-ID',
          {day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit'})})
    ]))));
  }
  node.appendChild(wrapper);
}

function uploadForm(node, data, taskId, api) {
  const kind = el('select', {class: 'form-control', id: 'sinergi-doc-kind'},
    data.required.map(r => el('option', {value: r.kind, text: r.label})));
  const file = el('input', {type: 'file', accept: 'application/pdf,.pdf', class: 'form-control', id: 'sinergi-doc-file'});
  const button = el('button', {type: 'submit', class: 'btn btn-primary', text: TEXT.upload});
  const progress = el('progress', {max: '100', value: '0', style: 'width: 100%; display: none'});
  const message = el('p', {});
  const form = el('form', {}, [
    el('div', {class: 'form-group'}, [el('label', {for: 'sinergi-doc-kind', text: TEXT.kind}), kind]),
    el('div', {class: 'form-group'}, [el('label', {for: 'sinergi-doc-file', text: TEXT.file}), file,
      el('small', {class: 'help-block', text: TEXT.limit + megabytes(data.maxSizeBytes) + '.'})]),
    button, progress, message
  ]);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!file.files.length) {
      message.className = 'text-danger';
      message.textContent = TEXT.chooseFile;
      return;
    }
    if (file.files[0].size > data.maxSizeBytes) {
      message.className = 'text-danger';
      message.textContent = TEXT.failed + 'berkas lebih besar dari ' + megabytes(data.maxSizeBytes) + '.';
      return;
    }
    const payload = new FormData();
    payload.append('kind', kind.value);
    payload.append('file', file.files[0]);
    const ui = {api, button, progress, message, failed: TEXT.failed, uploading: TEXT.uploading};
    upload('/api/tasks/' + encodeURIComponent(taskId) + '/documents', payload, ui,
      (status, responseText) => {
        if (status === 201) {
          load(node, taskId, api).then(() => {
            const ok = node.querySelector('.sinergi-documents');
            if (ok) ok.insertBefore(el('p', {class: 'text-success', text: TEXT.done}), ok.firstChild);
          });
        } else {
          message.className = 'text-danger';
          message.textContent = TEXT.failed + errorText(responseText, status);
        }
      });
  });
  return form;
}

export default {
  id: 'sinergi-documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 100,
  properties: {label: 'Dokumen'},
  render: function(node, {taskId, api}) {
    load(node, taskId, api);
  }
};
