// Sinergi: the "Unggah data" tab of an OPD's data request task in Tasklist. form-js has no file
// picker, so a business-actor list (CSV or XLSX made from the template) is uploaded here through
// the app's /api, which validates every row: one bad row refuses the whole file and the error
// report (row, column, value, reason) is shown and can be downloaded.

import {el, errorText, upload} from '../sinergi-common/dom.js';

const TEXT = {
  loading: 'Memuat permintaan data…',
  notDataRequest: 'Tab ini hanya untuk tugas permintaan data OPD.',
  asked: 'Diminta',
  due: 'tenggat',
  uploadedSoFar: 'Pelaku usaha tersimpan untuk permintaan ini: ',
  template: 'Unduh templat: ',
  templateXlsx: 'Excel (.xlsx, dengan lembar petunjuk)',
  templateCsv: 'CSV (pemisah ;)',
  file: 'Berkas CSV atau XLSX daftar pelaku usaha',
  hint: 'Unggahan baru menggantikan daftar sebelumnya. Jika ada satu baris salah, seluruh berkas ditolak dan tidak ada data yang disimpan.',
  upload: 'Unggah',
  uploading: 'Mengunggah dan memeriksa…',
  chooseFile: 'Pilih berkas CSV atau XLSX terlebih dahulu.',
  closed: 'Permintaan ini sudah tidak menerima unggahan.',
  failed: 'Gagal: ',
  report: 'Unduh laporan kesalahan: ',
  shown: 'Ditampilkan paling banyak 200 kesalahan pertama.',
  next: 'Setelah unggahan berhasil, pilih "Kirim data" di formulir lalu selesaikan tugas.',
  headers: ['Baris', 'Kolom', 'Nilai', 'Alasan']
};



async function load(node, taskId, api) {
  node.innerHTML = '';
  node.appendChild(el('p', {text: TEXT.loading}));
  const response = await fetch('/api/opd-data-requests/by-task/' + encodeURIComponent(taskId), {
    credentials: 'same-origin', headers: {Accept: 'application/json'}
  });
  const body = await response.text();
  node.innerHTML = '';
  if (response.status === 404) {
    node.appendChild(el('p', {class: 'text-muted', style: 'padding: 10px 15px', text: TEXT.notDataRequest}));
    return;
  }
  if (!response.ok) {
    node.appendChild(el('p', {class: 'text-danger', text: TEXT.failed + errorText(body, response.status)}));
    return;
  }
  render(node, JSON.parse(body), taskId, api);
}

function render(node, request, taskId, api) {
  const wrapper = el('div', {class: 'sinergi-datarequest', style: 'padding: 10px 15px'});
  wrapper.appendChild(el('p', {text: TEXT.asked + ': ' + request.opdName + ', ' + TEXT.due + ' ' + request.dueDate
    + (request.note ? ' — ' + request.note : '')}));
  wrapper.appendChild(el('p', {}, [
    el('span', {text: TEXT.template}),
    el('a', {href: request.templateXlsxUrl, text: TEXT.templateXlsx}),
    el('span', {text: ' · '}),
    el('a', {href: request.templateCsvUrl, text: TEXT.templateCsv})
  ]));
  wrapper.appendChild(el('p', {class: 'sinergi-datarequest-count', text: TEXT.uploadedSoFar + request.businessActors}));
  if (request.status !== 'OPEN') {
    wrapper.appendChild(el('p', {class: 'text-muted', text: TEXT.closed}));
  } else {
    wrapper.appendChild(uploadForm(node, request, taskId, api));
  }
  node.appendChild(wrapper);
}

function errorTable(errors) {
  const head = el('tr', {}, TEXT.headers.map(h => el('th', {text: h})));
  const rows = errors.map(e => el('tr', {}, [e.row, e.column, e.value || '', e.reason]
    .map(v => el('td', {text: String(v)}))));
  return el('table', {class: 'table table-condensed table-striped'}, [
    el('thead', {}, [head]), el('tbody', {}, rows)
  ]);
}

function showResult(result, message, node, taskId, api) {
  message.innerHTML = '';
  if (result.status === 'IMPORTED') {
    message.appendChild(el('p', {class: 'text-success', text: result.message}));
    message.appendChild(el('p', {text: TEXT.next}));
    const count = node.querySelector('.sinergi-datarequest-count');
    if (count) count.textContent = TEXT.uploadedSoFar + result.rows;
    return;
  }
  message.appendChild(el('p', {class: 'text-danger', text: result.message}));
  message.appendChild(el('p', {}, [
    el('span', {text: TEXT.report}),
    el('a', {href: result.errorReportXlsxUrl, text: 'XLSX'}),
    el('span', {text: ' · '}),
    el('a', {href: result.errorReportCsvUrl, text: 'CSV'})
  ]));
  message.appendChild(errorTable(result.errors));
  if (result.errorCount > result.errors.length) {
    message.appendChild(el('p', {class: 'text-muted', text: TEXT.shown}));
  }
}

function uploadForm(node, request, taskId, api) {
  const file = el('input', {type: 'file', class: 'form-control', id: 'sinergi-dr-file',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'});
  const button = el('button', {type: 'submit', class: 'btn btn-primary', text: TEXT.upload});
  const progress = el('progress', {max: '100', value: '0', style: 'width: 100%; display: none'});
  const message = el('div', {});
  const form = el('form', {}, [
    el('div', {class: 'form-group'}, [el('label', {for: 'sinergi-dr-file', text: TEXT.file}), file,
      el('small', {class: 'help-block', text: TEXT.hint})]),
    button, progress, message
  ]);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!file.files.length) {
      message.className = 'text-danger';
      message.textContent = TEXT.chooseFile;
      return;
    }
    const payload = new FormData();
    payload.append('file', file.files[0]);
    const ui = {api, button, progress, message, failed: TEXT.failed, uploading: TEXT.uploading};
    upload(request.uploadUrl, payload, ui, (status, responseText) => {
      if (status === 201 || status === 422) {
        showResult(JSON.parse(responseText), message, node, taskId, api);
      } else {
        message.className = 'text-danger';
        message.textContent = TEXT.failed + errorText(responseText, status);
      }
    });
  });
  return form;
}

export default {
  id: 'sinergi-datarequest',
  pluginPoint: 'tasklist.task.detail',
  priority: 90,
  properties: {label: 'Unggah data'},
  render: function(node, {taskId, api}) {
    load(node, taskId, api);
  }
};
