/*
 * Sinergi: pemantauan untuk manajer di Cockpit (Camunda 7.24 CE).
 *
 *  - on every process diagram: per waiting step the open count, how many are overdue and the
 *    age of the oldest, coloured from on time to badly overdue; a toggle to median / p90 of the
 *    last 90 days against the SLA; clicking a step lists its instances (Pemda, holder, age, level);
 *  - a runtime tab "Langkah menunggu" on the definition: the waiting steps with Pemda beside the
 *    business key;
 *  - on the start page: "Langkah tertunda" (stalled steps across Pemda, filters, chart per Pemda)
 *    and "Durasi langkah per Pemda" (median and p90 per step and Pemda beside the SLA).
 *
 * Data: /camunda/api/cockpit/plugin/sinergi-monitoring/<engine>/... (scoped by the server).
 */

const PLUGIN = 'sinergi-monitoring';
const NUMBER = new Intl.NumberFormat('id-ID', {maximumFractionDigits: 1});

function appRoot() {
  const path = window.location.pathname;
  const at = path.indexOf('/app/cockpit/');
  return at < 0 ? '/camunda' : path.substring(0, at);
}

/** In 7.24 api.engine is wrong for diagram plugins: the engine is in the page's path. */
function engineName() {
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)\//);
  return match ? match[1] : 'default';
}

function apiUrl(path) {
  return `${appRoot()}/api/cockpit/plugin/${PLUGIN}/${encodeURIComponent(engineName())}/${path}`;
}

async function load(path) {
  const response = await fetch(apiUrl(path), {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new Error((body && body.message) || `Permintaan gagal (${response.status}).`);
  }
  return body;
}

function esc(value) {
  return String(value === null || value === undefined ? '' : value)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function num(value) {
  return NUMBER.format(value || 0);
}

function date(iso) {
  if (!iso) {
    return '–';
  }
  const d = new Date(iso);
  const two = n => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

function days(value) {
  return `${num(value)} hari`;
}

function hoursAsDays(hours) {
  return days((hours || 0) / 24);
}

/** SLA in working days as calendar days (5 working days a week). */
function slaCalendarHours(slaWorkingDays) {
  return slaWorkingDays ? slaWorkingDays * 7 / 5 * 24 : null;
}

/** on time, due soon is not known here: 0 on time, 1 overdue, 2 > 5 days, 3 > 20 days. */
function overdueClass(overdue, maxOverdueDays) {
  if (!overdue) {
    return 'sm-ok';
  }
  if (maxOverdueDays > 20) {
    return 'sm-late3';
  }
  return maxOverdueDays > 5 ? 'sm-late2' : 'sm-late1';
}

function durationClass(row) {
  const sla = slaCalendarHours(row.slaWorkingDays);
  if (!sla) {
    return 'sm-none';
  }
  if (row.p90Hours <= sla) {
    return 'sm-ok';
  }
  return row.medianHours <= sla ? 'sm-late1' : 'sm-late3';
}

function levelText(level) {
  return level ? `Tingkat ${level}` : '–';
}

function instanceLink(step) {
  return `#/process-instance/${encodeURIComponent(step.processInstanceId)}/runtime`;
}

function holderText(step) {
  const parts = [];
  if (step.holderGroupName || step.holderGroup) {
    parts.push(esc(step.holderGroupName || step.holderGroup));
  }
  if (step.holderPerson) {
    parts.push(esc(step.holderPerson));
  }
  return parts.length ? parts.join(' / ') : '–';
}

function stepsTable(steps, options = {}) {
  if (!steps.length) {
    return '<p class="sm-empty">Tidak ada langkah.</p>';
  }
  const rows = steps.map(s => `
    <tr class="sm-step" data-pemda="${esc(s.pemdaCode)}" data-level="${s.level}">
      ${options.withStep ? `<td>${esc(s.stepName || s.activityId)}</td>` : ''}
      <td><a href="${instanceLink(s)}">${esc(s.businessKey || s.processInstanceId)}</a></td>
      <td class="sm-pemda">${esc(s.pemdaName || s.pemdaCode || '–')}</td>
      <td>${holderText(s)}</td>
      <td class="sm-num">${days(s.ageDays)}</td>
      <td class="sm-num ${s.overdueDays > 0 ? overdueClass(true, s.overdueDays) : ''}">${
        s.overdueDays > 0 ? days(s.overdueDays) : 'tepat waktu'}</td>
      <td class="sm-level">${levelText(s.level)}</td>
      ${options.withEscalation ? `<td>${date(s.lastEscalatedAt)}</td>` : ''}
    </tr>`).join('');
  return `<table class="table table-condensed sm-table">
    <thead><tr>
      ${options.withStep ? '<th>Langkah</th>' : ''}
      <th>Kunci bisnis</th><th>Pemda</th><th>Pemegang (kelompok / orang)</th>
      <th>Umur</th><th>Terlambat</th><th>Eskalasi</th>
      ${options.withEscalation ? '<th>Eskalasi terakhir</th>' : ''}
    </tr></thead><tbody>${rows}</tbody></table>`;
}

/* ---------- diagram overlays ---------- */

const diagramPlugin = {
  id: 'sinergi-monitoring-diagram',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 20,
  render(viewer, {processDefinitionId}) {
    const overlays = viewer.get('overlays');
    const registry = viewer.get('elementRegistry');
    const container = viewer.get('canvas').getContainer();
    let mode = 'load';
    let ids = [];

    const bar = document.createElement('div');
    bar.className = 'sm-diagram-bar';
    bar.innerHTML = `
      <span class="sm-title">Sinergi:</span>
      <button type="button" class="btn btn-xs btn-primary" data-mode="load">Beban sekarang</button>
      <button type="button" class="btn btn-xs btn-default" data-mode="durations">
        Median / P90 90 hari vs SLA</button>
      <span class="sm-legend"><i class="sm-ok"></i>tepat waktu <i class="sm-late1"></i>terlambat
        <i class="sm-late2"></i>&gt; 5 hari <i class="sm-late3"></i>&gt; 20 hari</span>`;
    container.appendChild(bar);

    const panel = document.createElement('div');
    panel.className = 'sm-panel';
    panel.style.display = 'none';
    container.appendChild(panel);

    function clear() {
      ids.forEach(id => overlays.remove(id));
      ids = [];
    }

    function add(activityId, html, onClick) {
      if (!registry.get(activityId)) {
        return;
      }
      const node = document.createElement('div');
      node.innerHTML = html;
      const badge = node.firstElementChild;
      if (onClick) {
        badge.addEventListener('click', onClick);
      }
      ids.push(overlays.add(activityId, {
        position: {top: -34, left: -4}, scale: {min: 1}, html: badge}));
    }

    async function showSteps(activity) {
      panel.style.display = 'block';
      panel.innerHTML = `<p>Memuat instans ${esc(activity.stepName || activity.activityId)}…</p>`;
      try {
        const steps = await load(`process-definition/${encodeURIComponent(processDefinitionId)}`
          + `/activities/${encodeURIComponent(activity.activityId)}/steps`);
        panel.innerHTML = `<div class="sm-panel-head"><strong>${
          esc(activity.stepName || activity.activityId)}</strong> — ${num(steps.length)} instans
          <button type="button" class="close" aria-label="Tutup">&times;</button></div>`
          + stepsTable(steps);
        panel.querySelector('.close').addEventListener('click', () => {
          panel.style.display = 'none';
        });
      } catch (e) {
        panel.innerHTML = `<p class="text-danger">${esc(e.message)}</p>`;
      }
    }

    async function showLoad() {
      const activities = await load(
        `process-definition/${encodeURIComponent(processDefinitionId)}/activities`);
      clear();
      activities.forEach(a => add(a.activityId, `
        <div class="sm-badge ${overdueClass(a.overdue, a.maxOverdueDays)}"
             data-activity="${esc(a.activityId)}" data-open="${a.open}" data-overdue="${a.overdue}"
             title="Klik untuk melihat instans. SLA ${a.slaWorkingDays || '–'} hari kerja.">
          <span class="sm-open">${num(a.open)} terbuka</span> ·
          <span class="sm-overdue">${num(a.overdue)} terlambat</span> ·
          <span class="sm-age">tertua ${days(a.oldestAgeDays)}</span>
          ${a.maxLevel ? `· <span class="sm-lvl">tingkat ${a.maxLevel}</span>` : ''}
        </div>`, () => showSteps(a)));
    }

    async function showDurations() {
      const rows = await load(
        `process-definition/${encodeURIComponent(processDefinitionId)}/durations?days=90`);
      clear();
      rows.forEach(r => add(r.activityId, `
        <div class="sm-badge ${durationClass(r)}" data-activity="${esc(r.activityId)}"
             title="${num(r.count)} langkah selesai dalam 90 hari terakhir">
          median ${hoursAsDays(r.medianHours)} · p90 ${hoursAsDays(r.p90Hours)}
          · SLA ${r.slaWorkingDays ? num(r.slaWorkingDays) + ' hari kerja' : '–'}
        </div>`));
    }

    async function refresh() {
      try {
        if (mode === 'load') {
          await showLoad();
        } else {
          await showDurations();
        }
      } catch (e) {
        clear();
        bar.setAttribute('title', e.message);
      }
    }

    bar.querySelectorAll('button').forEach(button => button.addEventListener('click', () => {
      mode = button.getAttribute('data-mode');
      bar.querySelectorAll('button').forEach(b => {
        b.className = `btn btn-xs ${b === button ? 'btn-primary' : 'btn-default'}`;
      });
      panel.style.display = 'none';
      refresh();
    }));
    refresh();
  }
};

/* ---------- runtime tab: waiting steps with Pemda ---------- */

const definitionTab = {
  id: 'sinergi-monitoring-definition-tab',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 20,
  properties: {label: 'Langkah menunggu (Pemda)'},
  render(node, {processDefinitionId}) {
    node.innerHTML = '<p>Memuat…</p>';
    load(`process-definition/${encodeURIComponent(processDefinitionId)}/steps`)
      .then(steps => {
        node.innerHTML = `<div class="sm-root">${stepsTable(steps, {withStep: true})}</div>`;
      })
      .catch(e => {
        node.innerHTML = `<p class="text-danger">${esc(e.message)}</p>`;
      });
  }
};

/* ---------- dashboard: Langkah tertunda ---------- */

function options(list, selected, empty) {
  return `<option value="">${esc(empty)}</option>` + list.map(c =>
    `<option value="${esc(c.code)}"${c.code === selected ? ' selected' : ''}>${esc(c.name)}</option>`)
    .join('');
}

function pemdaChart(load) {
  if (!load.length) {
    return '<p class="sm-empty">Tidak ada pekerjaan terbuka.</p>';
  }
  const max = Math.max(...load.map(l => l.open), 1);
  return `<div class="sm-chart" role="img" aria-label="Terbuka dan terlambat per Pemda">` +
    load.map(l => `
      <div class="sm-chart-row" data-pemda="${esc(l.pemdaCode)}">
        <span class="sm-chart-label">${esc(l.pemdaName || l.pemdaCode)}</span>
        <span class="sm-chart-bars">
          <span class="sm-bar sm-bar-open" style="width:${(l.open / max) * 100}%"></span>
          <span class="sm-bar sm-bar-overdue" style="width:${(l.overdue / max) * 100}%"></span>
        </span>
        <span class="sm-chart-value">${num(l.open)} terbuka, ${num(l.overdue)} terlambat</span>
      </div>`).join('') +
    `<p class="sm-legend"><i class="sm-bar-open"></i>terbuka <i class="sm-bar-overdue"></i>terlambat</p>
    </div>`;
}

const SORTS = {
  overdue: (a, b) => b.overdueDays - a.overdueDays,
  age: (a, b) => b.ageDays - a.ageDays,
  level: (a, b) => b.level - a.level || b.overdueDays - a.overdueDays,
  pemda: (a, b) => String(a.pemdaName).localeCompare(String(b.pemdaName))
    || b.overdueDays - a.overdueDays
};

const stalledDashboard = {
  id: 'sinergi-monitoring-stalled',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  properties: {label: 'Langkah tertunda'},
  render(node) {
    const state = {pemda: '', processKey: '', level: '', sort: 'overdue'};
    node.innerHTML = '<div class="sm-root sm-dashboard"><p>Memuat…</p></div>';
    const root = node.firstElementChild;
    let choices = {pemda: [], processes: []};

    async function draw() {
      const query = new URLSearchParams();
      if (state.pemda) query.set('pemda', state.pemda);
      if (state.processKey) query.set('processKey', state.processKey);
      if (state.level) query.set('level', state.level);
      const loadQuery = state.processKey ? `?processKey=${encodeURIComponent(state.processKey)}` : '';
      try {
        const [steps, perPemda] = await Promise.all([
          load(`stalled-steps?${query}`), load(`pemda-load${loadQuery}`)]);
        steps.sort(SORTS[state.sort]);
        root.querySelector('.sm-results').innerHTML = `
          <h4>Terbuka dan terlambat per Pemda</h4>${pemdaChart(perPemda)}
          <h4>Langkah tertunda (${num(steps.length)})</h4>
          ${stepsTable(steps, {withStep: true, withEscalation: true})}`;
      } catch (e) {
        root.querySelector('.sm-results').innerHTML = `<p class="text-danger">${esc(e.message)}</p>`;
      }
    }

    function filters() {
      root.innerHTML = `
        <h3 class="sm-heading">Langkah tertunda</h3>
        <form class="form-inline sm-filters">
          <label>Pemda <select class="form-control input-sm" name="pemda">${
            options(choices.pemda, state.pemda, 'Semua Pemda')}</select></label>
          <label>Proses <select class="form-control input-sm" name="processKey">${
            options(choices.processes, state.processKey, 'Semua proses')}</select></label>
          <label>Tingkat <select class="form-control input-sm" name="level">${
            options([1, 2, 3].map(l => ({code: String(l), name: `Tingkat ${l}`})), state.level,
              'Semua tingkat')}</select></label>
          <label>Urutkan <select class="form-control input-sm" name="sort">
            <option value="overdue">hari terlambat</option><option value="age">umur</option>
            <option value="level">tingkat eskalasi</option><option value="pemda">Pemda</option>
          </select></label>
        </form>
        <div class="sm-results"><p>Memuat…</p></div>`;
      root.querySelectorAll('select').forEach(select => {
        if (select.name === 'sort') {
          select.value = state.sort;
        }
        select.addEventListener('change', () => {
          state[select.name] = select.value;
          draw();
        });
      });
    }

    load('choices').then(c => {
      choices = c;
      filters();
      draw();
    }).catch(e => {
      root.innerHTML = `<p class="text-danger">${esc(e.message)}</p>`;
    });
  }
};

/* ---------- dashboard: durations per Pemda ---------- */

const durationsDashboard = {
  id: 'sinergi-monitoring-durations',
  pluginPoint: 'cockpit.dashboard',
  priority: 90,
  properties: {label: 'Durasi langkah per Pemda'},
  render(node) {
    const state = {processKey: 'pip-pemda-cooperation', days: '90'};
    node.innerHTML = '<div class="sm-root sm-durations"><p>Memuat…</p></div>';
    const root = node.firstElementChild;

    async function draw() {
      const target = root.querySelector('.sm-results');
      try {
        const rows = await load(`durations?processKey=${encodeURIComponent(state.processKey)}`
          + `&days=${encodeURIComponent(state.days)}`);
        if (!rows.length) {
          target.innerHTML = '<p class="sm-empty">Belum ada langkah selesai pada periode ini.</p>';
          return;
        }
        const max = Math.max(...rows.map(r => Math.max(r.p90Hours,
          slaCalendarHours(r.slaWorkingDays) || 0)), 1);
        target.innerHTML = `<table class="table table-condensed sm-table">
          <thead><tr><th>Langkah</th><th>Pemda</th><th>Jumlah</th><th>Median</th><th>P90</th>
            <th>SLA</th><th>Grafik (median, p90, garis SLA)</th></tr></thead><tbody>${
          rows.map(r => {
            const sla = slaCalendarHours(r.slaWorkingDays);
            return `<tr data-activity="${esc(r.activityId)}" data-pemda="${esc(r.pemdaCode)}">
              <td>${esc(r.stepName || r.activityId)}</td>
              <td>${esc(r.pemdaName || r.pemdaCode || '–')}</td>
              <td class="sm-num">${num(r.count)}</td>
              <td class="sm-num">${hoursAsDays(r.medianHours)}</td>
              <td class="sm-num ${durationClass(r)}">${hoursAsDays(r.p90Hours)}</td>
              <td class="sm-num">${r.slaWorkingDays ? num(r.slaWorkingDays) + ' hari kerja' : '–'}</td>
              <td class="sm-duration-chart">
                <span class="sm-bar sm-bar-p90" style="width:${r.p90Hours / max * 100}%"></span>
                <span class="sm-bar sm-bar-median" style="width:${r.medianHours / max * 100}%"></span>
                ${sla ? `<span class="sm-sla" style="left:${sla / max * 100}%"></span>` : ''}
              </td></tr>`;
          }).join('')}</tbody></table>
          <p class="sm-note">Durasi dalam hari kalender; SLA dalam hari kerja (garis: SLA
            dikonversi ke hari kalender, 5 hari kerja per minggu).</p>`;
      } catch (e) {
        target.innerHTML = `<p class="text-danger">${esc(e.message)}</p>`;
      }
    }

    load('choices').then(c => {
      root.innerHTML = `
        <h3 class="sm-heading">Durasi langkah per Pemda</h3>
        <form class="form-inline sm-filters">
          <label>Proses <select class="form-control input-sm" name="processKey">${
            c.processes.map(p => `<option value="${esc(p.code)}"${
              p.code === state.processKey ? ' selected' : ''}>${esc(p.name)}</option>`).join('')
          }</select></label>
          <label>Periode <select class="form-control input-sm" name="days">
            <option value="30">30 hari</option><option value="90" selected>90 hari</option>
            <option value="365">365 hari</option></select></label>
        </form><div class="sm-results"><p>Memuat…</p></div>`;
      root.querySelectorAll('select').forEach(select => select.addEventListener('change', () => {
        state[select.name] = select.value;
        draw();
      }));
      draw();
    }).catch(e => {
      root.innerHTML = `<p class="text-danger">${esc(e.message)}</p>`;
    });
  }
};

export default [diagramPlugin, definitionTab, stalledDashboard, durationsDashboard];
