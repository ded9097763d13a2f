/*
 * Sinergi: memindahkan kasus berjalan ke versi proses terbaru (Camunda 7.24 CE), for
 * administrators in Cockpit:
 *  - a runtime tab "Migrasi versi" on every process definition: per older version with running
 *    cases, what maps to the newest version and what cannot, and a button that starts the move
 *    as a batch (then visible under Cockpit's "Batch");
 *  - a dashboard section listing every process with cases on older versions.
 * Data: Sinergi's admin API /api/admin/migrations (the webapp session and its XSRF token; the
 * server refuses everyone but administrators, so others see the reason, not the button).
 */

function appRoot() {
  const path = window.location.pathname;
  const at = path.indexOf('/app/cockpit/');
  return at < 0 ? '/camunda' : path.substring(0, at);
}

function engineName() {
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)\//);
  return match ? match[1] : 'default';
}

function esc(value) {
  return String(value === null || value === undefined ? '' : value)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function csrfToken(api) {
  if (api && api.CSRFToken) {
    return api.CSRFToken;
  }
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function call(method, url, api, body) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = csrfToken(api);
  }
  const response = await fetch(url, {
    method, credentials: 'same-origin', headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  let answer = null;
  try {
    answer = await response.json();
  } catch (e) {
    answer = null;
  }
  if (!response.ok) {
    const error = new Error((answer && answer.message) || `Permintaan gagal (${response.status}).`);
    error.status = response.status;
    throw error;
  }
  return answer;
}

async function processKeyOf(definitionId) {
  const definition = await call('GET', `${appRoot()}/api/engine/engine/${encodeURIComponent(
    engineName())}/process-definition/${encodeURIComponent(definitionId)}`);
  return definition.key;
}

function versionRow(plan) {
  const mapped = plan.mapped.length
    ? plan.mapped.map(s => s.sourceActivityId === s.targetActivityId ? esc(s.sourceActivityId)
      : `${esc(s.sourceActivityId)} → ${esc(s.targetActivityId)}`).join(', ')
    : '—';
  const unmapped = plan.unmappedWaitingActivities.length
    ? `<span class="text-danger">${plan.unmappedWaitingActivities.map(esc).join(', ')}</span>`
    : '—';
  const problems = plan.problems.length
    ? `<ul class="text-danger">${plan.problems.map(p => `<li>${esc(p)}</li>`).join('')}</ul>` : '';
  const action = plan.migratable
    ? `<button class="btn btn-primary btn-sm" data-from="${esc(plan.sourceDefinitionId)}">`
      + `Pindahkan ${plan.runningCases} kasus ke versi ${plan.targetVersion}</button>`
    : '<span class="text-muted">tidak dapat dipindahkan</span>';
  return `<tr class="sg-version" data-version="${plan.sourceVersion}">
    <td>versi ${plan.sourceVersion}${plan.tenantId ? ` (Pemda ${esc(plan.tenantId)})` : ''}</td>
    <td>${plan.runningCases}</td><td>${mapped}</td><td>${unmapped}${problems}</td>
    <td>${action}</td></tr>`;
}

function planTable(overview) {
  if (!overview.versions.length) {
    return `<p class="sg-empty">Semua kasus berjalan sudah di versi terbaru (${overview.latestVersion}).</p>`;
  }
  return `<p>Versi terbaru: <strong>${overview.latestVersion}</strong>. Kasus di versi lama tetap di
    versinya sampai dipindahkan; yang menunggu di langkah yang tidak ada lagi di versi terbaru tidak
    dapat dipindahkan.</p>
    <table class="table table-condensed sg-migration">
      <thead><tr><th>Versi lama</th><th>Kasus berjalan</th><th>Langkah yang cocok</th>
        <th>Tidak dapat dipetakan</th><th></th></tr></thead>
      <tbody>${overview.versions.map(versionRow).join('')}</tbody></table>`;
}

function renderPlan(node, api, processKey) {
  const url = `/api/admin/migrations/${encodeURIComponent(processKey)}`;
  node.innerHTML = '<p>Memuat rencana migrasi…</p>';
  call('GET', url, api).then(overview => {
    node.innerHTML = `<div class="sg-root">${planTable(overview)}<div class="sg-result"></div></div>`;
    node.querySelectorAll('button[data-from]').forEach(button => {
      button.addEventListener('click', () => {
        const result = node.querySelector('.sg-result');
        button.disabled = true;
        result.innerHTML = '<p>Memulai batch…</p>';
        call('POST', url, api, {from: button.getAttribute('data-from')}).then(started => {
          result.innerHTML = started.map(s => `<p class="text-success sg-started">Batch dimulai:
            ${s.cases} kasus dipindahkan ke versi terbaru.
            <a href="#/batch?details=${esc(s.batchId)}&type=runtime">Lihat batch ${esc(s.batchId)}</a></p>`)
            .join('');
        }).catch(e => {
          button.disabled = false;
          result.innerHTML = `<p class="text-danger">${esc(e.message)}</p>`;
        });
      });
    });
  }).catch(e => {
    node.innerHTML = `<p class="${e.status === 403 ? 'text-muted' : 'text-danger'}">${esc(e.message)}</p>`;
  });
}

const definitionTab = {
  id: 'sinergi-migration-definition-tab',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 5,
  properties: {label: 'Migrasi versi'},
  render(node, {processDefinitionId, api}) {
    node.innerHTML = '<p>Memuat…</p>';
    processKeyOf(processDefinitionId).then(key => renderPlan(node, api, key)).catch(e => {
      node.innerHTML = `<p class="text-danger">${esc(e.message)}</p>`;
    });
  }
};

const dashboard = {
  id: 'sinergi-migration-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  properties: {label: 'Migrasi versi'},
  render(node, {api} = {}) {
    call('GET', '/api/admin/migrations', api).then(list => {
      if (!list.length) {
        node.innerHTML = '<div class="sg-root"><h3>Migrasi versi</h3><p class="sg-empty">'
          + 'Tidak ada kasus berjalan di versi proses yang lama.</p></div>';
        return;
      }
      node.innerHTML = `<div class="sg-root"><h3>Migrasi versi</h3><ul>${list.map(o =>
        `<li class="sg-process" data-process="${esc(o.processKey)}">${esc(o.name || o.processKey)}:
          ${o.versions.reduce((n, v) => n + v.runningCases, 0)} kasus di versi lama
          (terbaru: ${o.latestVersion}) — buka definisinya, tab "Migrasi versi"</li>`).join('')}
        </ul></div>`;
    }).catch(() => {
      node.innerHTML = ''; // not an administrator: nothing to show
    });
  }
};

export default [definitionTab, dashboard];
