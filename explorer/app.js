// The explorer: a search box, a start screen of the most cited directives, and a
// detail view of any node with its neighbours, all read from the GraphQL API.
// State lives in the URL hash (#q=<text>, #node=<id>), so every view is a link.
import { MOST_CITED, NODE, SEARCH } from './queries.js';

const ENDPOINT = '/graphql';
const SEARCH_FIRST = 30;
const MOST_CITED_FIRST = 15;
const CITED_BY_FIRST = 50;

const TYPE = { Meeting: 'Cuộc họp', Directive: 'Văn bản', Person: 'Cá nhân', Organization: 'Tổ chức', Document: 'Bài báo', Place: 'Địa danh' };
const ROLE = { CHAIR: 'Chủ trì', DIRECTED: 'Chỉ đạo', ATTENDED: 'Dự', CONCLUDED: 'Kết luận', SPOKE: 'Phát biểu' };
const SCOPE = { national: 'Trung ương', local: 'Địa phương' };

const main = document.getElementById('main');
const statusLine = document.getElementById('status');
const errorBox = document.getElementById('error');
const input = document.getElementById('q');

// ---- the API --------------------------------------------------------------

/** One operation with its variables; resolves to `data`, rejects with the API's own messages. */
async function graphql(query, variables) {
  let res;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new Error(`Không kết nối được tới ${ENDPOINT}: ${e.message}`);
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`${ENDPOINT} trả lời HTTP ${res.status} ${res.statusText} (không phải JSON).`);
  }
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => (e.extensions?.code ? `[${e.extensions.code}] ` : '') + e.message).join('\n'));
  }
  if (!res.ok || !body.data) throw new Error(`${ENDPOINT} trả lời HTTP ${res.status} ${res.statusText}.`);
  return body.data;
}

// ---- DOM helpers (text only: data never goes through innerHTML) -----------

function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false || c === '') continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

const nodeHref = (id) => '#' + new URLSearchParams({ node: id });
const searchHref = (text) => '#' + new URLSearchParams({ q: text });

/** 2020-09-30 → 30/09/2020 */
function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function formatPeriod(p) {
  if (!p || p.year == null) return null;
  const part = { Q1: 'Quý I', Q2: 'Quý II', Q3: 'Quý III', Q4: 'Quý IV', H1: '6 tháng đầu năm', H2: '6 tháng cuối năm', M9: '9 tháng đầu năm', Y: 'Năm' }[p.part];
  return part ? `${part} ${p.year}` : `${p.part ? p.part + ' ' : ''}${p.year}`;
}

/** What a node is called in a list. */
function nodeName(n) {
  switch (n.__typename) {
    case 'Directive': return [n.kind, n.symbol ?? n.key].filter(Boolean).join(' ');
    case 'Meeting': return n.title || 'Cuộc họp không tên';
    case 'Document': return n.title || n.source || n.id;
    default: return n.name ?? n.id;
  }
}

/** A link to a node; `typename` when the query did not ask for __typename. */
function link(n, typename) {
  const node = typename ? { __typename: typename, ...n } : n;
  return h('a', { href: nodeHref(n.id) }, nodeName(node));
}

/** A line under a linked name: date, place, key… */
function meta(...parts) {
  const text = parts.filter(Boolean).join(' · ');
  return text ? h('span', { class: 'meta' }, ' — ', text) : null;
}

function typeBadge(typename) {
  return h('span', { class: 'type' }, TYPE[typename] ?? typename);
}

function evidence(ev) {
  if (!ev?.sentence) return null;
  const doc = ev.document;
  return h('blockquote', null, ev.sentence,
    doc ? h('cite', null, 'Nguồn: ', h('a', { href: nodeHref(doc.id) }, doc.title || doc.source || doc.id)) : null);
}

function facts(rows) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  return h('dl', { class: 'facts' }, shown.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

/** A titled list; `empty` is said when there is nothing (omit it to hide the section). */
function section(title, items, render, empty) {
  if (items.length === 0 && !empty) return null;
  return [
    h('h3', null, `${title} (${items.length})`),
    items.length ? h('ul', { class: 'list' }, items.map((x) => h('li', null, render(x)))) : h('p', { class: 'empty' }, empty),
  ];
}

/** Participations (one per role) grouped by the person or meeting they link to, in first-seen order. */
function byRoles(list, keyOf) {
  const groups = new Map();
  for (const x of list) {
    const key = keyOf(x);
    if (!groups.has(key.id)) groups.set(key.id, { key, items: [] });
    groups.get(key.id).items.push(x);
  }
  return [...groups.values()];
}
const roles = (items) => h('span', { class: 'role' }, [...new Set(items.map((x) => ROLE[x.role] ?? x.role))].join(', '));
const distinctEvidence = (items) => [...new Map(items.map((x) => [x.evidence?.sentence, x.evidence])).values()].map(evidence);

/** Citations grouped by the sentence they were read from, in first-seen order. */
function bySentence(citations) {
  const groups = new Map();
  for (const c of citations) {
    const key = `${c.evidence?.document?.id}|${c.evidence?.sentence}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  return [...groups.values()];
}

const joinLinks = (list, typename) => list.flatMap((n, i) => (i ? [', ', link(n, typename)] : [link(n, typename)]));
const meetingLine = (m) => [link(m, 'Meeting'), meta(formatDate(m.date), m.place?.name)];
const directiveLine = (d) => [link(d, 'Directive'), meta(d.symbol ? d.key : null, d.subject)];

// ---- views ----------------------------------------------------------------

async function showStart() {
  document.title = 'directive-graph · Khám phá';
  const data = await graphql(MOST_CITED, { first: MOST_CITED_FIRST });
  const rows = data.mostCitedDirectives;
  return [
    h('h2', { tabindex: '-1' }, 'Văn bản được trích dẫn nhiều nhất'),
    h('p', { class: 'meta' }, 'Số cuộc họp trích dẫn mỗi văn bản. Chọn một văn bản để xem các cuộc họp và câu trích.'),
    rows.length
      ? h('ol', { class: 'list' }, rows.map((r) => h('li', null,
          h('span', { class: 'count' }, `${r.count} cuộc họp`), ' ', directiveLine(r.directive))))
      : h('p', { class: 'empty' }, 'Chưa có văn bản nào được trích dẫn.'),
  ];
}

async function showSearch(text) {
  document.title = `Tìm “${text}” · directive-graph`;
  const data = await graphql(SEARCH, { text, first: SEARCH_FIRST });
  const hits = data.search;
  statusLine.textContent = hits.length ? `${hits.length} kết quả cho “${text}”.` : `Không có kết quả cho “${text}”.`;
  // Grouped by type; a group comes where its best hit ranks.
  const groups = new Map();
  for (const hit of hits) {
    const t = hit.node.__typename;
    if (!groups.has(t)) groups.set(t, []);
    groups.get(t).push(hit.node);
  }
  const line = (n) => {
    switch (n.__typename) {
      case 'Meeting': return meetingLine(n);
      case 'Directive': return directiveLine(n);
      case 'Organization': return [link(n), meta(n.locality)];
      case 'Document': return [link(n), meta(n.title ? n.source : null)];
      default: return link(n);
    }
  };
  return [
    h('h2', { tabindex: '-1' }, `Kết quả tìm “${text}”`),
    hits.length === 0 ? h('p', { class: 'empty' }, 'Không tìm thấy gì. Thử ít từ hơn, hoặc tên văn bản như “chi thi 05”.') : null,
    [...groups].map(([t, nodes]) => section(TYPE[t] ?? t, nodes, line)),
  ];
}

const DETAIL = {
  Meeting: (m) => [
    facts([
      ['Ngày', formatDate(m.date)],
      ['Kỳ báo cáo', formatPeriod(m.period)],
      ['Địa điểm', m.place ? link(m.place, 'Place') : null],
      ['Đơn vị tổ chức', joinLinks(m.organizers, 'Organization')],
    ]),
    section('Thành phần', byRoles(m.participants, (p) => p.person), (g) => [
      link(g.key, 'Person'), ' — ', roles(g.items), distinctEvidence(g.items)], 'Bài báo không nêu thành phần.'),
    // One sentence often cites several directives: each sentence once, with the directives it cites.
    [
      h('h3', null, `Văn bản được trích dẫn (${m.citations.length})`),
      m.citations.length
        ? h('ul', { class: 'list' }, bySentence(m.citations).map((cs) => h('li', null,
            joinLinks(cs.map((c) => c.directive), 'Directive'), evidence(cs[0].evidence))))
        : h('p', { class: 'empty' }, 'Không trích dẫn văn bản nào.'),
    ],
    section('Bài báo đưa tin', m.documents, (d) => [link(d, 'Document'), meta(formatDate(d.publishedOn), d.title ? d.source : null)]),
  ],
  Directive: (d) => [
    facts([
      ['Mã', d.key],
      ['Loại', d.kind],
      ['Số ký hiệu', d.symbol],
      ['Cơ quan ban hành', d.issuedBy.length ? joinLinks(d.issuedBy, 'Organization') : d.issuer],
      ['Ngày ban hành', formatDate(d.issuedOn)],
      ['Trích yếu', d.subject],
      ['Số cuộc họp trích dẫn', String(d.citationCount)],
    ]),
    section('Thực hiện văn bản', d.implements, directiveLine),
    section('Được thực hiện bởi', d.implementedBy, directiveLine),
    [
      h('h3', null, `Được trích dẫn tại (${d.citedBy.totalCount})`),
      d.citedBy.edges.length
        ? h('ul', { class: 'list' }, d.citedBy.edges.map((e) => h('li', null, meetingLine(e.node), evidence(e.citation?.evidence))))
        : h('p', { class: 'empty' }, 'Chưa cuộc họp nào trích dẫn.'),
      d.citedBy.totalCount > d.citedBy.edges.length ? h('p', { class: 'meta' }, `Hiện ${d.citedBy.edges.length} trong ${d.citedBy.totalCount}.`) : null,
    ],
  ],
  Person: (p) => [
    section('Chức vụ', p.positions, (x) => [
      x.position || x.title || 'Thành viên', ' — ', link(x.organization, 'Organization'), evidence(x.evidence)], 'Bài báo không nêu chức vụ.'),
    section('Tham gia cuộc họp', byRoles(p.participations, (x) => x.meeting), (g) => [
      roles(g.items), ': ', meetingLine(g.key), distinctEvidence(g.items)], 'Không có.'),
  ],
  Organization: (o) => [
    facts([['Địa phương', o.locality], ['Cấp', SCOPE[o.scope] ?? o.scope]]),
    section('Thành viên', o.members, (p) => link(p, 'Person'), 'Không có.'),
    section('Cuộc họp đã tổ chức', o.organized, meetingLine, 'Không có.'),
    section('Theo kỳ báo cáo', o.timeline, (t) => [formatPeriod(t.period) ?? 'Không rõ kỳ', ': ', `${t.meetingCount} cuộc họp`]),
    section('Văn bản ban hành', o.issued, directiveLine),
  ],
  Document: (d) => [
    facts([['Tệp', d.source], ['Ngày đăng', formatDate(d.publishedOn)], ['Tác giả', d.authors.join(', ')]]),
    section('Cuộc họp được đưa tin', d.meetings, meetingLine, 'Không có.'),
  ],
  Place: (p) => [section('Cuộc họp tại đây', p.meetings, meetingLine, 'Không có.')],
};

async function showNode(id) {
  const { node } = await graphql(NODE, { id, citedFirst: CITED_BY_FIRST });
  if (!node) throw new Error(`Không tìm thấy ${id}.`);
  const name = nodeName(node);
  document.title = `${name} · directive-graph`;
  const render = DETAIL[node.__typename];
  return [
    h('p', { class: 'meta' }, typeBadge(node.__typename), h('code', null, node.id)),
    h('h2', { tabindex: '-1' }, name),
    render ? render(node) : null,
  ];
}

// ---- routing --------------------------------------------------------------

let generation = 0;

async function route({ focus }) {
  const params = new URLSearchParams(location.hash.slice(1));
  const id = params.get('node');
  const text = params.get('q')?.trim();
  const mine = ++generation;
  errorBox.hidden = true;
  errorBox.textContent = '';
  statusLine.textContent = 'Đang tải…';
  main.setAttribute('aria-busy', 'true');
  if (text !== undefined && input.value !== text) input.value = text;
  try {
    const content = id ? await showNode(id) : text ? await showSearch(text) : await showStart();
    if (mine !== generation) return; // a newer view was asked for meanwhile
    if (!text || id) statusLine.textContent = '';
    main.replaceChildren(...[content].flat(Infinity).filter(Boolean));
    if (focus) (main.querySelector('h2') ?? main).focus();
  } catch (e) {
    if (mine !== generation) return;
    statusLine.textContent = '';
    main.replaceChildren();
    errorBox.textContent = `Lỗi từ API: ${e.message}`;
    errorBox.hidden = false;
  } finally {
    if (mine === generation) main.removeAttribute('aria-busy');
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  const href = searchHref(text);
  if (location.hash === href) route({ focus: true });
  else location.hash = href;
});

window.addEventListener('hashchange', () => route({ focus: true }));
route({ focus: false });
