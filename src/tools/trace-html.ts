/**
 * @fileoverview The deopt trace as one self-contained web page (`tern inspect trace FILE --html`,
 * `tern inspect --serve`): inline CSS and script, no network. The page embeds the analysed trace
 * (trace-report.ts) as JSON and draws, in the browser, a method list sortable by deopts, compiles,
 * invalidations and compile time; per method its compiles, inlined methods and assumptions, deopt
 * sites with counts, and its bytecode listing with the stop points marked (clicking or hovering a
 * pc shows the frame states recorded there); and an SVG timeline drawn here.
 *
 * Everything from the trace is text to the page: the script inserts it with textContent only, the
 * JSON is embedded with `<` escaped, and the SVG is built with escaped text. Method names such as
 * `Foo.<init>()V` therefore show as they are and cannot inject markup.
 */
import type { TraceData } from './trace-report.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that is safe inside a `<script>` element (no `</script>`, no `<!--`, no line separators). */
export function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What the page's script draws: the analysed trace and its timeline, or null before one is loaded. */
export interface PageData {
  data: TraceData;
  /** The timeline as SVG markup (built by {@link timelineSvg}). */
  timeline: string;
}

/** The page data of an analysed trace. */
export function pageData(data: TraceData): PageData {
  return { data, timeline: timelineSvg(data) };
}

const COLORS = { compile: '#2b6cb0', invalidate: '#dd6b20', deopt: '#c53030', bailout: '#718096' } as const;

/**
 * The timeline: per time slice, bars of compiles, invalidations and deopts; each invalidation is
 * also a dashed line whose tooltip names the method and the reason.
 */
export function timelineSvg(data: TraceData, slices = 60): string {
  const span = Math.max(1, data.report.totals.spanMs);
  const W = 900, H = 190, left = 44, right = 12, top = 14, bottom = 150;
  const slice = span / slices;
  const counts = Array.from({ length: slices }, () => ({ compile: 0, invalidate: 0, deopt: 0 }));
  for (const e of data.events) {
    if (e.ev === 'bailout') continue;
    counts[Math.min(slices - 1, Math.floor(e.t / slice))]![e.ev]++;
  }
  const max = Math.max(1, ...counts.map((c) => Math.max(c.compile, c.invalidate, c.deopt)));
  const x = (t: number): number => left + (t / span) * (W - left - right);
  const y = (n: number): number => bottom - (n / max) * (bottom - top);
  const bw = (W - left - right) / slices / 3;
  const p: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" id="timeline-svg" viewBox="0 0 ${W} ${H}" width="100%" font-family="sans-serif" font-size="11" role="img" aria-label="timeline of compiles, invalidations and deopts">`];
  p.push(`<line x1="${left}" x2="${W - right}" y1="${bottom}" y2="${bottom}" stroke="#888"/>`);
  p.push(`<text x="${left - 6}" y="${top + 4}" text-anchor="end">${max}</text><text x="${left - 6}" y="${bottom}" text-anchor="end">0</text>`);
  for (let i = 0; i <= 5; i++) {
    const t = (span * i) / 5;
    p.push(`<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${bottom}" y2="${bottom + 4}" stroke="#888"/><text x="${x(t).toFixed(1)}" y="${bottom + 16}" text-anchor="middle">${t.toFixed(0)} ms</text>`);
  }
  counts.forEach((c, i) => {
    const x0 = left + i * 3 * bw;
    const from = (i * slice).toFixed(0), to = ((i + 1) * slice).toFixed(0);
    (['compile', 'invalidate', 'deopt'] as const).forEach((k, j) => {
      if (c[k] === 0) return;
      const label = `${c[k]} ${k === 'compile' ? 'compile' : k === 'invalidate' ? 'invalidation' : 'deopt'}${c[k] === 1 ? '' : 's'} at ${from}-${to} ms`;
      p.push(`<rect class="tl-${k}" x="${(x0 + j * bw).toFixed(1)}" y="${y(c[k]).toFixed(1)}" width="${Math.max(1, bw - 0.5).toFixed(1)}" height="${(bottom - y(c[k])).toFixed(1)}" fill="${COLORS[k]}"><title>${escapeHtml(label)}</title></rect>`);
    });
  });
  for (const e of data.events) {
    if (e.ev !== 'invalidate') continue;
    const d = data.details.find((m) => m.summary.method === e.method)?.invalidations.find((v) => v.t === e.t);
    p.push(`<line class="tl-invalidation" x1="${x(e.t).toFixed(1)}" x2="${x(e.t).toFixed(1)}" y1="${top}" y2="${bottom}" stroke="${COLORS.invalidate}" stroke-dasharray="3 3"><title>${escapeHtml(`${e.t.toFixed(1)} ms: ${e.method} invalidated${d ? `: ${d.reason}` : ''}`)}</title></line>`);
  }
  const legend: [string, string][] = [['compiles', COLORS.compile], ['invalidations', COLORS.invalidate], ['deopts', COLORS.deopt]];
  legend.forEach(([name, color], i) => p.push(`<rect x="${left + i * 120}" y="${H - 14}" width="10" height="10" fill="${color}"/><text x="${left + i * 120 + 14}" y="${H - 5}">${name}</text>`));
  p.push('</svg>');
  return p.join('');
}

const CSS = `
*{box-sizing:border-box}
body{font-family:system-ui,sans-serif;margin:0;color:#1a202c;background:#fff}
header{padding:.8em 1.2em;background:#f4f6f8;border-bottom:1px solid #d5dbe1}
h1{font-size:1.25em;margin:0 0 .3em}
h2{font-size:1.1em;margin:.2em 0 .5em;word-break:break-all}
h3{font-size:1em;margin:1em 0 .4em}
.sub{color:#4a5568;font-size:.9em;margin:.2em 0}
.warning{color:#975a16}
#timeline{padding:.4em 1.2em;border-bottom:1px solid #d5dbe1}
main{display:flex;align-items:flex-start;gap:1em;padding:1em 1.2em}
#list{flex:0 0 40%;max-height:80vh;overflow:auto}
#detail{flex:1;min-width:0}
table{border-collapse:collapse;font-size:.85em}
th,td{padding:.2em .5em;text-align:right;border-bottom:1px solid #edf0f3;vertical-align:top}
th:first-child,td:first-child{text-align:left}
th{background:#f4f6f8}
#methods th{position:sticky;top:0}
#detail th,#detail td{text-align:left}
th button{font:inherit;font-weight:bold;border:0;background:none;cursor:pointer;padding:0}
th button[aria-sort=descending]::after{content:" \\25BE"}
th button[aria-sort=ascending]::after{content:" \\25B4"}
#methods tbody tr{cursor:pointer}
#methods tbody tr:hover{background:#ebf4ff}
#methods tbody tr.selected{background:#bee3f8}
.name{font-family:ui-monospace,monospace;word-break:break-all}
#method-filter{width:100%;margin-bottom:.4em;padding:.3em}
.listing td{text-align:left;font-family:ui-monospace,monospace;white-space:pre}
.listing td.deopts{font-family:sans-serif}
.listing td.pc{text-align:right;color:#4a5568}
.listing tr.stop{cursor:pointer}
.listing tr.stop:hover,.listing tr.current{background:#fefcbf}
.mark{display:inline-block;font:bold 10px sans-serif;border-radius:3px;padding:1px 4px;margin-right:2px;color:#fff;white-space:nowrap}
.mark.entry-poll,.mark.loop-poll{background:#38a169}
.mark.call{background:#3182ce}
.mark.allocation{background:#805ad5}
.mark.throw-check{background:#718096}
.mark.guard{background:#d69e2e}
.mark.unresolved{background:#a0aec0}
.mark.inlined{background:#319795}
.mark.osr{background:#2f855a}
.deopts{color:#c53030;font-weight:bold;font-family:sans-serif}
#frame-state{border:1px solid #d5dbe1;border-radius:4px;padding:.5em .8em;margin-top:.8em;background:#fafbfc}
.muted{color:#718096}
ul{margin:.2em 0;padding-left:1.4em;font-size:.9em}
#open{padding:2em 1.2em}
`;

/** The page's script: draws everything from the embedded (or loaded) data, inserting trace text as text only. */
const SCRIPT = String.raw`
(function () {
  'use strict';
  var page = JSON.parse(document.getElementById('trace-data').textContent);
  var sortKey = 'deopts', sortDesc = true, selected = null, compileIndex = -1;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'className') e.className = attrs[k];
      else if (k.indexOf('on') === 0) e.addEventListener(k.substring(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function ms(x) { return x >= 100 ? x.toFixed(0) : x.toFixed(1); }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }

  function start(p) {
    page = p;
    var r = p.data.report, t = r.totals;
    document.title = 'Deopt trace ' + r.file;
    document.getElementById('title').textContent = 'Deopt trace: ' + r.file;
    document.getElementById('summary').textContent = r.command + ' · started ' + r.started + ' · ' +
      plural(t.methods, 'method') + ', ' + plural(t.compiles, 'compile') + ' (' + ms(t.compileMs) + ' ms), ' +
      t.bailouts + ' not compilable, ' + plural(t.invalidations, 'invalidation') + ', ' + plural(t.deopts, 'deopt') + ', ' +
      plural(t.osrEntries, 'OSR entry', 'OSR entries') + ', over ' + ms(t.spanMs) + ' ms';
    var w = clear(document.getElementById('warnings'));
    r.warnings.forEach(function (x) { w.appendChild(el('p', { className: 'sub warning', text: 'warning: ' + x })); });
    document.getElementById('timeline').innerHTML = p.timeline;
    document.getElementById('open').hidden = true;
    document.getElementById('view').hidden = false;
    drawList();
    var first = sorted()[0];
    var wanted = decodeURIComponent(location.hash.substring(1));
    var d = details(wanted) || first;
    if (d) select(d.summary.method);
  }

  function details(method) {
    for (var i = 0; i < page.data.details.length; i++) if (page.data.details[i].summary.method === method) return page.data.details[i];
    return null;
  }

  function sorted() {
    var f = document.getElementById('method-filter').value.toLowerCase();
    var list = page.data.details.filter(function (d) { return d.summary.method.toLowerCase().indexOf(f) >= 0; });
    list.sort(function (a, b) {
      var x = a.summary[sortKey], y = b.summary[sortKey];
      var c = typeof x === 'string' ? x.localeCompare(y) : x - y;
      if (c === 0) c = b.summary.deopts - a.summary.deopts || a.summary.method.localeCompare(b.summary.method);
      else if (sortDesc) c = -c;
      return c;
    });
    return list;
  }

  function drawList() {
    var body = clear(document.querySelector('#methods tbody'));
    sorted().forEach(function (d) {
      var s = d.summary;
      var tr = el('tr', { 'data-method': s.method, onclick: function () { select(s.method); } }, [
        el('td', { className: 'name', text: s.method }), el('td', { text: String(s.deopts) }), el('td', { text: String(s.compiles) }),
        el('td', { text: String(s.invalidations) }), el('td', { text: ms(s.compileMs) }),
      ]);
      if (s.method === selected) tr.className = 'selected';
      body.appendChild(tr);
    });
    document.querySelectorAll('#methods th button').forEach(function (b) {
      if (b.getAttribute('data-sort') === sortKey) b.setAttribute('aria-sort', sortDesc ? 'descending' : 'ascending');
      else b.removeAttribute('aria-sort');
    });
  }

  function select(method) {
    selected = method;
    var d = details(method);
    compileIndex = d.compiles.length - 1;
    if (location.hash.substring(1) !== encodeURIComponent(method)) history.replaceState(null, '', '#' + encodeURIComponent(method));
    drawList();
    drawDetail(d);
  }

  function table(head, rows) {
    return el('table', null, [el('thead', null, [el('tr', null, head.map(function (h) { return el('th', { text: h }); }))]),
      el('tbody', null, rows.map(function (r) { return el('tr', null, r.map(function (c) { return el('td', { text: String(c) }); })); }))]);
  }

  function drawDetail(d) {
    var s = d.summary, box = clear(document.getElementById('detail'));
    box.appendChild(el('h2', { id: 'method-name', className: 'name', text: s.method }));
    box.appendChild(el('p', { className: 'sub', id: 'method-summary', text: plural(s.compiles, 'compile') + ', ' + plural(s.deopts, 'deopt') + ', ' +
      plural(s.invalidations, 'invalidation') + ', ' + ms(s.compileMs) + ' ms compiling' + (s.bytecodeSize ? ', ' + s.bytecodeSize + ' bytecode bytes' : '') +
      (s.bailoutReason ? ' · not compiled: ' + s.bailoutReason : '') }));
    if (d.compiles.length > 0) {
      box.appendChild(el('h3', { text: 'Compiles' }));
      var ct = table(['#', 'attempt', 'at ms', 'trigger', 'ms', 'wasm bytes', 'deopts', 'invalidated'], d.compiles.map(function (c) {
        return [c.id, c.attempt, ms(c.t), c.trigger, ms(c.ms), c.wasmSize, c.deopts, c.invalidated || '-'];
      }));
      ct.id = 'compiles';
      ct.querySelectorAll('tbody tr').forEach(function (tr, i) {
        tr.style.cursor = 'pointer';
        tr.title = 'show the stop points of this compile';
        if (i === compileIndex) tr.className = 'selected';
        tr.addEventListener('click', function () { compileIndex = i; drawDetail(d); });
      });
      box.appendChild(ct);
      var c = d.compiles[compileIndex];
      box.appendChild(el('h3', { text: 'Inlined into compile #' + c.id }));
      box.appendChild(c.inlined.length ? el('ul', { id: 'inlined' }, c.inlined.map(function (x) { return el('li', { className: 'name', text: x }); })) : el('p', { className: 'muted', id: 'inlined', text: 'nothing inlined' }));
      box.appendChild(el('h3', { text: 'Assumptions' }));
      box.appendChild(c.assumptions.length ? el('ul', { id: 'assumptions' }, c.assumptions.map(function (x) { return el('li', { text: x }); })) : el('p', { className: 'muted', id: 'assumptions', text: 'none' }));
    }
    if (d.invalidations.length > 0) {
      box.appendChild(el('h3', { text: 'Invalidations' }));
      box.appendChild(table(['at ms', 'code #', 'reason'], d.invalidations.map(function (v) { return [ms(v.t), v.id, v.reason]; })));
    }
    if (d.bailouts.length > 0) {
      box.appendChild(el('h3', { text: 'Not compiled' }));
      box.appendChild(table(['at ms', 'reason'], d.bailouts.map(function (v) { return [ms(v.t), v.reason]; })));
    }
    box.appendChild(el('h3', { text: 'Deopts' }));
    if (d.deoptSites.length) {
      var dt = table(['pc', 'reason', 'count', 'detail', 'in', 'threads'], d.deoptSites.map(function (x) {
        return [x.pc, x.reason, x.count, x.detail || '', x.inlinedMethod ? x.inlinedMethod + ' pc ' + x.innerPc : '', x.threads.join(', ')];
      }));
      dt.id = 'deopt-sites';
      box.appendChild(dt);
    } else box.appendChild(el('p', { className: 'muted', id: 'deopt-sites', text: 'no deopts' }));
    box.appendChild(el('h3', { text: 'Bytecode' + (d.compiles.length ? ' (stop points of compile #' + d.compiles[compileIndex].id + ', deopts of all compiles; click a marked pc for its frame state)' : '') }));
    if (d.code.length === 0) { box.appendChild(el('p', { className: 'muted', text: 'no listing (never compiled)' })); return; }
    var stops = d.compiles.length ? d.compiles[compileIndex].stops : [];
    var osr = d.compiles.length ? d.compiles[compileIndex].osrPcs : [];
    var rows = d.code.map(function (ins) {
      var here = stops.filter(function (st) { return outerPc(st) === ins.pc; });
      var deopts = d.deoptSites.filter(function (x) { return x.pc === ins.pc; }).reduce(function (n, x) { return n + x.count; }, 0);
      var marks = el('td', { className: 'marks' });
      var kinds = {};
      here.forEach(function (st) {
        if (st.inlinedFrom.length) kinds.inlined = (kinds.inlined || 0) + 1;
        else kinds[st.kind] = true;
      });
      Object.keys(kinds).forEach(function (k) {
        marks.appendChild(el('span', { className: 'mark ' + k, title: k === 'inlined' ? kinds[k] + ' stop points in inlined code' : k, text: k === 'inlined' ? 'inlined ×' + kinds[k] : k }));
      });
      if (osr.indexOf(ins.pc) >= 0) marks.appendChild(el('span', { className: 'mark osr', title: 'OSR entry', text: 'osr' }));
      var tr = el('tr', { 'data-pc': String(ins.pc) }, [el('td', { className: 'pc', text: String(ins.pc) }), marks,
        el('td', { className: 'deopts', text: deopts ? plural(deopts, 'deopt') : '' }), el('td', { className: 'ins', text: ins.text })]);
      if (here.length || deopts) {
        tr.className = 'stop';
        var show = function () { frameState(d, ins.pc, here, tr); };
        tr.addEventListener('click', show);
        tr.addEventListener('mouseenter', show);
      }
      return tr;
    });
    var lt = el('table', { className: 'listing', id: 'listing' }, [el('tbody', null, rows)]);
    box.appendChild(lt);
    box.appendChild(el('div', { id: 'frame-state' }, [el('p', { className: 'muted', text: 'Click or hover a marked pc to see the frame state recorded there.' })]));
  }

  function outerPc(st) {
    if (!st.inlinedFrom.length) return st.pc;
    var f = st.inlinedFrom[0];
    return Number(f.substring(f.lastIndexOf('@') + 1));
  }

  /** The inlined method a stop point sits in: the compile's inlined entry called at the chain's last pc. */
  function inlinedCallee(d, st) {
    var last = st.inlinedFrom[st.inlinedFrom.length - 1], pc = last.substring(last.lastIndexOf('@'));
    var c = d.compiles[compileIndex], hit = c.inlined.filter(function (x) { return x.substring(x.lastIndexOf('@')) === pc; });
    return hit.length === 1 ? hit[0].substring(0, hit[0].lastIndexOf('@')) : 'code';
  }

  function frameState(d, pc, here, tr) {
    document.querySelectorAll('#listing tr.current').forEach(function (x) { x.classList.remove('current'); });
    tr.classList.add('current');
    var box = clear(document.getElementById('frame-state'));
    box.setAttribute('data-pc', String(pc));
    box.appendChild(el('h3', { text: 'pc ' + pc + ': ' + plural(here.length, 'stop point') }));
    here.forEach(function (st) {
      var where = st.inlinedFrom.length ? ' in inlined ' + inlinedCallee(d, st) + ' pc ' + st.pc + ' (via ' + st.inlinedFrom.join(' > ') + ')' : '';
      box.appendChild(el('p', { className: 'stop-head' }, [el('span', { className: 'mark ' + st.kind, text: st.kind }), where + (st.reason ? ' — ' + st.reason : '')]));
      box.appendChild(st.slots.length ? table(['slot', 'kind', 'where'], st.slots.map(function (x) { return [x.slot, x.kind, x.where]; })) : el('p', { className: 'muted', text: 'no live slots' }));
    });
    d.deoptSites.filter(function (x) { return x.pc === pc; }).forEach(function (x) {
      box.appendChild(el('p', { className: 'deopt-line' }, [el('span', { className: 'deopts', text: plural(x.count, 'deopt') }),
        ' (' + x.reason + (x.detail ? ': ' + x.detail : '') + ')' + (x.inlinedMethod ? ' in ' + x.inlinedMethod + ' pc ' + x.innerPc : '') + '; frames rebuilt: ' + x.frames.join(' > ')]));
    });
  }

  document.querySelectorAll('#methods th button').forEach(function (b) {
    b.addEventListener('click', function () {
      var k = b.getAttribute('data-sort');
      if (k === sortKey) sortDesc = !sortDesc;
      else { sortKey = k; sortDesc = k !== 'method'; }
      drawList();
    });
  });
  document.getElementById('method-filter').addEventListener('input', drawList);
  var file = document.getElementById('trace-file');
  file.addEventListener('change', function () {
    var f = file.files[0];
    if (!f) return;
    f.text().then(function (text) {
      return fetch('trace.json?name=' + encodeURIComponent(f.name), { method: 'POST', body: text });
    }).then(function (r) { return r.json(); }).then(function (p) {
      if (p.error) document.getElementById('open-error').textContent = p.error;
      else start(p);
    });
  });
  if (page) start(page);
})();
`;

/** The page; `page` null makes the `--serve` page without a file, which asks for one. */
export function traceHtml(page: PageData | null): string {
  const title = page ? `Deopt trace ${page.data.report.file}` : 'Deopt trace';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style></head>
<body>
<header><h1 id="title">${escapeHtml(title)}</h1><p class="sub" id="summary"></p><div id="warnings"></div></header>
<section id="open"${page ? ' hidden' : ''}><p>Open a trace written by <code>tern --deopt-trace=FILE</code>:</p>
<input type="file" id="trace-file"><p class="warning" id="open-error"></p></section>
<div id="view" hidden>
<section id="timeline"></section>
<main>
<section id="list"><input id="method-filter" type="search" placeholder="filter methods">
<table id="methods"><thead><tr><th><button data-sort="method">method</button></th><th><button data-sort="deopts">deopts</button></th><th><button data-sort="compiles">compiles</button></th><th><button data-sort="invalidations">invalidated</button></th><th><button data-sort="compileMs">compile ms</button></th></tr></thead><tbody></tbody></table></section>
<section id="detail"></section>
</main>
</div>
<script type="application/json" id="trace-data">${scriptJson(page)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
