// The views: start screen, search results, a node's page (graph, charts, article),
// and the connections between two nodes. Each returns its content; state is in the URL.
import { graphql } from './api.js';
import { barChart } from './charts.js';
import { append, articleHref, connectionsHref, h, nodeHref, type Child } from './dom.js';
import { neighbourhood, pathsGraph, type GraphEdge, type GraphPart } from './graphModel.js';
import { GraphView } from './graphView.js';
import { pieces, type Span } from './highlight.js';
import { formatDate, formatPeriod, relationName, roleName, t, typeName } from './i18n.js';
import { whenMounted } from './mount.js';
import { ARTICLE, CITATION_COUNTS, CONNECTIONS, MOST_CITED, NODE, PERSON_PARTICIPATIONS, PERSON_POSITIONS, SEARCH } from './queries.js';
import { attachSuggestions, displayName } from './suggest.js';

type Any = Record<string, any>;

const SEARCH_FIRST = 30;
const MOST_CITED_FIRST = 15;
const CITED_BY_FIRST = 50;
const PATHS_FIRST = 10;
/** A person's offices and parts: a page of this many, then more on request. */
const PERSON_FIRST = 25;

const setTitle = (s: string) => {
  document.title = `${s} · directive-graph`;
};

const name = (n: Any, typename?: string): string => displayName(typename ? { __typename: typename, ...n } : n, t().untitledMeeting);
const link = (n: Any, typename?: string) => h('a', { href: nodeHref(n.id) }, name(n, typename));
const meta = (...parts: Array<string | null | undefined>) => {
  const text = parts.filter(Boolean).join(' · ');
  return text ? h('span', { class: 'meta' }, ' — ', text) : null;
};
const typeBadge = (typename: string) => h('span', { class: 'type' }, typeName(typename));

/** A quoted sentence with its source; `also`: other evidence read from the same sentence, whose words are marked too. */
function evidence(ev: Any | null | undefined, also: Any[] = []): Child {
  if (!ev?.sentence) return null;
  const doc = ev.document;
  return h(
    'blockquote',
    null,
    sentenceOf(ev, also),
    doc ? h('cite', null, t().source, h('a', { href: articleHref(doc.id, ev.start) }, doc.title || doc.source || doc.id)) : null,
  );
}

function facts(rows: Array<[string, Child]>): HTMLElement {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  return h(
    'dl',
    { class: 'facts' },
    shown.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]),
  );
}

/** A titled list; `total` is the count of all of them when `items` is one page (a hub's connection). */
function section<T>(title: string, items: T[], render: (x: T) => Child, empty?: string, total = items.length): Child {
  if (items.length === 0 && !empty) return null;
  return [
    h('h3', null, total > items.length ? `${title} (${items.length} / ${total})` : `${title} (${items.length})`),
    items.length
      ? h(
          'ul',
          { class: 'list' },
          items.map((x) => h('li', null, render(x))),
        )
      : h('p', { class: 'empty' }, empty ?? ''),
  ];
}

/**
 * A titled list read a page at a time from a connection: the first page came with the node;
 * "more" fetches the next (`next(after)`) and draws the list again from everything read,
 * so `group` can merge items of one key that came on different pages.
 */
function pagedSection<T, G>(
  title: string,
  first: { totalCount: number; nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } },
  next: (after: string | null) => Promise<typeof first>,
  group: (items: T[]) => G[],
  render: (x: G) => Child,
  empty: string,
): HTMLElement {
  const items = [...first.nodes];
  let { totalCount } = first;
  let { hasNextPage, endCursor } = first.pageInfo;
  const box = h('div', { class: 'paged' });
  const draw = (): void => {
    const more = h('button', { type: 'button', class: 'small' }, t().more);
    more.addEventListener('click', () => {
      more.disabled = true;
      const before = group(items).length;
      next(endCursor).then(
        (page) => {
          items.push(...page.nodes);
          totalCount = page.totalCount;
          ({ hasNextPage, endCursor } = page.pageInfo);
          draw();
          // Keyboard users land on the first line just read.
          box.querySelectorAll<HTMLElement>('ul.list > li')[before]?.focus();
        },
        (e: unknown) => {
          more.disabled = false;
          more.after(h('span', { class: 'meta', role: 'alert' }, ' ', e instanceof Error ? e.message : String(e)));
        },
      );
    });
    const groups = group(items);
    box.replaceChildren();
    append(box, [
      // Counted once all are read (a meeting's parts are one line); until then the line under the list says how many of how many.
      h('h3', null, hasNextPage ? title : `${title} (${groups.length})`),
      groups.length
        ? h(
            'ul',
            { class: 'list' },
            groups.map((x) => h('li', { tabindex: '-1' }, render(x))),
          )
        : h('p', { class: 'empty' }, empty),
      hasNextPage ? h('p', { class: 'meta more' }, t().shown(items.length, totalCount), ' ', more) : null,
    ]);
  };
  draw();
  return box;
}

function byKey<T>(list: T[], keyOf: (x: T) => Any): Array<{ key: Any; items: T[] }> {
  const groups = new Map<string, { key: Any; items: T[] }>();
  for (const x of list) {
    const key = keyOf(x);
    const group = groups.get(key.id) ?? { key, items: [] };
    group.items.push(x);
    groups.set(key.id, group);
  }
  return [...groups.values()];
}
const roles = (items: Any[]) => h('span', { class: 'role' }, [...new Set(items.map((x) => roleName(x.role)))].join(', '));
const distinctEvidence = (items: Any[]) => [...new Map(items.map((x) => [x.evidence?.sentence, x.evidence])).values()].map((e) => evidence(e));
const joinLinks = (list: Any[], typename: string): Child[] => list.flatMap((n, i) => (i ? [', ', link(n, typename)] : [link(n, typename)]));
const meetingLine = (m: Any): Child => [link(m, 'Meeting'), meta(formatDate(m.date), m.place?.name)];
const directiveLine = (d: Any): Child => [link(d, 'Directive'), meta(d.symbol ? d.key : null, d.subject)];

// ---- start and search -------------------------------------------------------

export async function startView(): Promise<Child> {
  setTitle(t().navHome);
  const { mostCitedDirectives: rows } = await graphql(MOST_CITED, { first: MOST_CITED_FIRST });
  return [
    h('h2', { tabindex: '-1' }, t().mostCited),
    h('p', { class: 'meta' }, t().mostCitedHint),
    rows.length
      ? h(
          'ol',
          { class: 'list' },
          rows.map((r: Any) => h('li', null, h('span', { class: 'count' }, t().meetings(r.count)), ' ', directiveLine(r.directive))),
        )
      : h('p', { class: 'empty' }, t().noneCited),
  ];
}

export async function searchView(text: string, status: (s: string) => void): Promise<Child> {
  setTitle(t().resultsFor(text));
  const { search: hits } = await graphql(SEARCH, { text, first: SEARCH_FIRST });
  status(t().nResults(hits.length, text));
  const groups = byKey(
    hits.map((x: Any) => x.node),
    (n: Any) => ({ id: n.__typename }),
  );
  const line = (n: Any): Child => {
    switch (n.__typename) {
      case 'Meeting':
        return meetingLine(n);
      case 'Directive':
        return directiveLine(n);
      case 'Organization':
        return [link(n), meta(n.locality)];
      case 'Document':
        return [link(n), meta(n.title ? n.source : null)];
      default:
        return link(n);
    }
  };
  return [
    h('h2', { tabindex: '-1' }, t().resultsFor(text)),
    hits.length === 0 ? h('p', { class: 'empty' }, t().noResults) : null,
    groups.map((g) => section(typeName(g.key.id), g.items, line)),
  ];
}

// ---- the graph ----------------------------------------------------------------

/** The graphs of the view on screen, destroyed when another view replaces it. */
const liveGraphs: GraphView[] = [];

export function disposeGraphs(): void {
  for (const g of liveGraphs.splice(0)) g.destroy();
}

/** The graph panel: canvas, evidence box, and keyboard lists of its nodes and relationships. */
function graphPanel(start: GraphPart, rootId: string | null, cache: Map<string, Any>, title: string = t().graph): HTMLElement {
  const canvas = h('div', { class: 'graph-canvas', id: 'graph', role: 'img', 'aria-label': title });
  const evidenceBox = h('div', { class: 'evidence-box', id: 'evidence', 'aria-live': 'polite' }, h('p', { class: 'meta' }, t().evidenceHint));
  const nodeList = h('ul', { class: 'chips', id: 'graph-nodes' });
  const edgeList = h('ul', { class: 'list compact', id: 'graph-edges' });
  const panel = h(
    'section',
    { class: 'graph-panel', 'aria-labelledby': 'graph-title' },
    h('h3', { id: 'graph-title' }, title),
    h('p', { class: 'meta' }, t().graphHint),
    h('div', { class: 'graph-layout' }, canvas, evidenceBox),
    h(
      'details',
      { class: 'graph-lists' },
      h('summary', null, `${t().graphNodes} · ${t().graphEdges}`),
      h('h4', null, t().graphNodes),
      nodeList,
      h('h4', null, t().graphEdges),
      edgeList,
    ),
  );

  whenMounted(canvas, () => {
    const expanded = new Set<string>();
    const showEvidence = (e: GraphEdge) => {
      view.setActive(e.id);
      const ev = e.evidence;
      const docId = ev?.documentId ?? ev?.document?.id;
      evidenceBox.replaceChildren();
      append(evidenceBox, [
        h('h4', null, t().evidence),
        h('p', { class: 'rel' }, view.describe(e)),
        ev?.sentence ? quoteBox(ev) : h('p', { class: 'empty' }, t().noEvidence),
        docId
          ? h(
              'p',
              null,
              h('a', { href: articleHref(docId, ev?.start), id: 'evidence-article' }, t().openArticle),
              ev?.document ? h('span', { class: 'meta' }, ` — ${ev.document.title || ev.document.source}`) : null,
            )
          : null,
      ]);
    };
    const expand = async (id: string) => {
      if (expanded.has(id)) return;
      expanded.add(id);
      try {
        let node: Any | undefined = cache.get(id);
        if (!node) {
          node = (await readNode(id)) as Any;
          cache.set(id, node);
        }
        view.add(neighbourhood(node));
        view.mark(id, 'expanded');
        refreshLists();
      } catch (e) {
        expanded.delete(id);
        evidenceBox.replaceChildren(h('p', { class: 'error' }, t().apiError, (e as Error).message));
      }
    };
    const view = new GraphView(canvas, GRAPH_STYLE, { onNodeTap: (id) => void expand(id), onEdgeHover: showEvidence });
    liveGraphs.push(view);
    (window as unknown as { explorerGraph?: GraphView }).explorerGraph = view;
    const refreshLists = () => {
      nodeList.replaceChildren(
        ...[...view.nodes.values()].map((n) =>
          h(
            'li',
            null,
            h('a', { href: nodeHref(n.id) }, view.nameOf(n.id)),
            ' ',
            expanded.has(n.id)
              ? h('span', { class: 'meta' }, `(${t().expanded})`)
              : h(
                  'button',
                  { type: 'button', class: 'small', 'aria-label': `${t().expand}: ${view.nameOf(n.id)}`, onclick: (() => void expand(n.id)) as EventListener },
                  t().expand,
                ),
          ),
        ),
      );
      edgeList.replaceChildren(
        ...[...view.edges.values()].map((e) =>
          h(
            'li',
            null,
            h(
              'button',
              { type: 'button', class: 'linklike', onclick: (() => showEvidence(e)) as EventListener, onfocus: (() => showEvidence(e)) as EventListener },
              view.describe(e),
            ),
          ),
        ),
      );
      canvas.dataset.nodes = String(view.nodes.size);
      canvas.dataset.edges = String(view.edges.size);
    };
    view.add(start);
    if (rootId) {
      expanded.add(rootId);
      view.mark(rootId, 'root');
    }
    refreshLists();
  });
  return panel;
}

// ---- the words read, marked in their sentence -------------------------------------

/** Article texts by document id, fetched once per page load (evidence offsets point into them). */
const texts = new Map<string, Promise<string | null>>();

function articleText(docId: string): Promise<string | null> {
  let text = texts.get(docId);
  if (!text) {
    text = graphql(ARTICLE, { id: docId }).then(
      (d) => (d.document?.text as string | undefined) ?? null,
      () => null,
    );
    texts.set(docId, text);
  }
  return text;
}

/**
 * The sentence of a piece of evidence, with the words read in it marked once the
 * article's text is known (start…end are offsets into the text, not the sentence).
 */
function sentenceOf(ev: Any, also: Any[] = []): HTMLElement {
  const sentence = ev.sentence as string;
  const span = h('span', { class: 'sentence' }, sentence);
  const docId = ev.documentId ?? ev.document?.id;
  const read = [ev, ...also].filter((e) => e?.sentence === sentence && Number.isInteger(e.start) && Number.isInteger(e.end));
  if (!docId || read.length === 0) return span;
  void articleText(docId).then((text) => {
    if (!text) return;
    // Each piece of evidence at its own place in the sentence: the first occurrence at or after the previous one.
    const marks: Span[] = [];
    for (const e of [...read].sort((a, b) => a.start - b.start)) {
      const words = text.slice(e.start, e.end);
      const at = words ? sentence.indexOf(words, marks.at(-1)?.start ?? 0) : -1;
      if (at >= 0) marks.push({ start: at, end: at + words.length, kind: 'citation', label: words, target: '' });
    }
    if (marks.length === 0) return;
    span.replaceChildren(...pieces(sentence, marks).map((p) => (p.marks.length ? h('mark', { class: 'quote' }, p.text) : p.text)));
  });
  return span;
}

const quoteBox = (ev: Any): HTMLElement => h('blockquote', { id: 'evidence-sentence' }, sentenceOf(ev));

// ---- the article with its highlighted passages ---------------------------------

function spansOf(doc: Any): Span[] {
  const spans: Span[] = [];
  for (const m of doc.meetings ?? []) {
    for (const c of m.citations ?? []) {
      if (c.evidence?.documentId !== doc.id) continue;
      spans.push({ start: c.evidence.start, end: c.evidence.end, kind: 'citation', label: c.directive.symbol ?? c.directive.key, target: c.directive.id });
    }
    for (const p of m.participants ?? []) {
      if (p.evidence?.documentId !== doc.id) continue;
      spans.push({ start: p.evidence.start, end: p.evidence.end, kind: 'participant', label: `${p.person.name} (${roleName(p.role)})`, target: p.person.id });
    }
  }
  return spans;
}

async function articleSection(docId: string, at: number | null): Promise<Child> {
  const { document: doc } = await graphql(ARTICLE, { id: docId });
  if (!doc) return null;
  const body = h('div', { class: 'article-text', id: `article-${doc.id}`, lang: 'vi' });
  if (!doc.text) body.append(h('p', { class: 'empty' }, t().noText));
  else {
    // One paragraph per line of the cleaned text; a mark never crosses a line (evidence is within a sentence).
    let para = h('p');
    body.append(para);
    for (const piece of pieces(doc.text, spansOf(doc))) {
      const lines = piece.text.split('\n');
      lines.forEach((line, i) => {
        if (i > 0) {
          para = h('p');
          body.append(para);
        }
        if (!line) return;
        const firstMark = piece.marks[0];
        if (!firstMark) {
          para.append(line);
          return;
        }
        const kinds = [...new Set(piece.marks.map((m) => m.kind))];
        const target = firstMark.target;
        para.append(
          h(
            'mark',
            {
              class: kinds.join(' '),
              'data-start': piece.start,
              title: piece.marks.map((m) => m.label).join(', '),
            },
            h('a', { href: nodeHref(target) }, line),
          ),
        );
      });
    }
  }
  if (at !== null) {
    whenMounted(body, () => {
      const marks = [...body.querySelectorAll<HTMLElement>('mark')];
      const hit = marks.find((m) => Number(m.dataset.start) >= at) ?? marks[0];
      if (hit) {
        hit.classList.add('target');
        hit.scrollIntoView({ block: 'center' });
        hit.querySelector('a')?.focus({ preventScroll: true });
      }
    });
  }
  return h(
    'section',
    { class: 'article', 'aria-labelledby': `article-title-${doc.id}` },
    h('h3', { id: `article-title-${doc.id}` }, t().article),
    h('p', { class: 'meta' }, doc.title || doc.source, doc.publishedOn ? ` · ${formatDate(doc.publishedOn)}` : '', ' · ', t().articleLegend),
    body,
  );
}

// ---- a node's page ----------------------------------------------------------------

async function directiveCharts(d: Any): Promise<Child> {
  const { byYear, byPlace } = await graphql(CITATION_COUNTS, { directive: d.id });
  const years = [...byYear].sort((a: Any, b: Any) => a.year - b.year).map((r: Any) => ({ label: String(r.year ?? '?'), count: r.count }));
  const places = [...byPlace]
    .sort((a: Any, b: Any) => b.count - a.count)
    .map((r: Any) => ({ label: r.place?.name ?? t().unknownPlace, count: r.count, ...(r.place ? { href: nodeHref(r.place.id) } : {}) }));
  return h(
    'section',
    { class: 'charts' },
    barChart('chart-year', t().chartByYear, t().year, years, { color: '#D9534F' }),
    barChart('chart-place', t().chartByPlace, t().place, places, { horizontal: true, color: '#8DCC93' }),
  );
}

const DETAIL: Record<string, (n: Any) => Child> = {
  Meeting: (m) => [
    facts([
      [t().date, formatDate(m.date)],
      [t().period, formatPeriod(m.period)],
      [t().placeOf, m.place ? link(m.place, 'Place') : null],
      [t().organizers, joinLinks(m.organizers, 'Organization')],
    ]),
    section(
      t().participants,
      byKey(m.participants, (p: Any) => p.person),
      (g) => [link(g.key, 'Person'), ' — ', roles(g.items), distinctEvidence(g.items)],
      t().noParticipants,
    ),
    [
      h('h3', null, `${t().cited} (${m.citations.length})`),
      m.citations.length
        ? h(
            'ul',
            { class: 'list' },
            byKey(m.citations, (c: Any) => ({ id: `${c.evidence?.documentId}|${c.evidence?.sentence}` })).map((g) =>
              h(
                'li',
                null,
                joinLinks(
                  g.items.map((c: Any) => c.directive),
                  'Directive',
                ),
                evidence(
                  g.items[0]?.evidence,
                  g.items.slice(1).map((c: Any) => c.evidence),
                ),
              ),
            ),
          )
        : h('p', { class: 'empty' }, t().notCiting),
    ],
    section(t().reportedBy, m.documents, (d: Any) => [link(d, 'Document'), meta(formatDate(d.publishedOn), d.title ? d.source : null)]),
  ],
  Directive: (d) => [
    facts([
      [t().key, d.key],
      [t().kind, d.kind],
      [t().symbol, d.symbol],
      [t().issuer, d.issuedBy.length ? joinLinks(d.issuedBy, 'Organization') : d.issuer],
      [t().issuedOn, formatDate(d.issuedOn)],
      [t().subject, d.subject],
      [t().citationCount, String(d.citationCount)],
    ]),
    section(t().implementsL, d.implements, directiveLine),
    section(t().implementedBy, d.implementedBy, directiveLine),
    [
      h('h3', null, `${t().citedAt} (${d.citedBy.totalCount})`),
      d.citedBy.edges.length
        ? h(
            'ul',
            { class: 'list' },
            d.citedBy.edges.map((e: Any) => h('li', null, meetingLine(e.node), evidence(e.citation?.evidence))),
          )
        : h('p', { class: 'empty' }, t().notCited),
      d.citedBy.totalCount > d.citedBy.edges.length ? h('p', { class: 'meta' }, t().shown(d.citedBy.edges.length, d.citedBy.totalCount)) : null,
    ],
  ],
  Person: (p) => [
    pagedSection(
      t().positions,
      p.positionConnection,
      (after) => personPositions(p.id, after),
      (items: Any[]) => items,
      (x: Any) => [x.position || x.title || t().member, ' — ', link(x.organization, 'Organization'), evidence(x.evidence)],
      t().noPositions,
    ),
    pagedSection(
      t().attended,
      p.participationConnection,
      (after) => personParticipations(p.id, after),
      (items: Any[]) => byKey(items, (x: Any) => x.meeting),
      (g) => [roles(g.items), ': ', meetingLine(g.key), distinctEvidence(g.items)],
      t().none,
    ),
  ],
  Organization: (o) => [
    facts([
      [t().locality, o.locality],
      [t().scope, o.scope === 'NATIONAL' ? t().national : o.scope === 'LOCAL' ? t().local : o.scope],
    ]),
    section(
      t().members,
      byKey(o.positions, (x: Any) => x.person),
      (g) => [
        link(g.key, 'Person'),
        meta(
          g.items
            .map((x: Any) => x.position || x.title)
            .filter(Boolean)
            .join(', '),
        ),
      ],
      t().none,
    ),
    section(t().organized, o.organized?.nodes ?? [], meetingLine, t().none, o.organized?.totalCount),
    section(t().byPeriod, o.timeline, (x: Any) => [formatPeriod(x.period) ?? t().unknownPeriod, ': ', t().meetings(x.meetingCount)]),
    section(t().issued, o.issued?.nodes ?? [], directiveLine, undefined, o.issued?.totalCount),
  ],
  Document: (d) => [
    facts([
      [t().file, d.source],
      [t().published, formatDate(d.publishedOn)],
      [t().authors, d.authors.join(', ')],
    ]),
    section(t().meetingsReported, d.meetings, meetingLine, t().none),
  ],
  Place: (p) => [section(t().meetingsHere, p.meetingsHeld?.nodes ?? [], meetingLine, t().none, p.meetingsHeld?.totalCount)],
};

/** A node by id with what its page shows; a person's offices and parts as their first pages, read beside it. */
async function readNode(id: string): Promise<Any | null> {
  const { node } = await graphql(NODE, { id, citedFirst: CITED_BY_FIRST });
  if (node?.__typename !== 'Person') return node;
  const [positions, parts] = await Promise.all([personPositions(node.id, null), personParticipations(node.id, null)]);
  return { ...node, positionConnection: positions, participationConnection: parts };
}
const personPositions = async (id: string, after: string | null) => (await graphql(PERSON_POSITIONS, { id, first: PERSON_FIRST, after })).person.page;
const personParticipations = async (id: string, after: string | null) => (await graphql(PERSON_PARTICIPATIONS, { id, first: PERSON_FIRST, after })).person.page;

export async function nodeView(id: string, at: number | null): Promise<Child> {
  const node = await readNode(id);
  if (!node) throw new Error(t().notFound(id));
  const title = name(node);
  setTitle(title);
  const cache = new Map<string, Any>([[node.id, node]]);
  const extra: Child[] = [];
  if (node.__typename === 'Directive') extra.push(await directiveCharts(node));
  if (node.__typename === 'Meeting') for (const d of node.documents) extra.push(await articleSection(d.id, at));
  if (node.__typename === 'Document') extra.push(await articleSection(node.id, at));
  return [
    h('p', { class: 'meta' }, typeBadge(node.__typename), h('code', null, node.id), ' · ', h('a', { href: connectionsHref(node.id) }, t().connectFrom)),
    h('h2', { tabindex: '-1' }, title),
    graphPanel(neighbourhood(node), node.id, cache),
    extra,
    DETAIL[node.__typename]?.(node),
  ];
}

// ---- connections between two nodes ----------------------------------------------

function nodePicker(id: string, label: string, value: string): { field: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { id, name: id, type: 'text', autocomplete: 'off', spellcheck: 'false', value, required: true });
  const field = h('div', { class: 'field' }, h('label', { for: id }, label), h('div', { class: 'combo' }, input));
  whenMounted(input, () =>
    attachSuggestions(input, (s) => {
      input.value = s.id;
      input.dataset.name = s.name;
    }),
  );
  return { field, input };
}

export async function connectionsView(from: string, to: string, hops: number): Promise<Child> {
  setTitle(t().connections);
  const f = nodePicker('from', t().from, from);
  const toPicker = nodePicker('to', t().to, to);
  const hopsSelect = h(
    'select',
    { id: 'hops', name: 'hops' },
    [1, 2, 3, 4].map((n) => h('option', { value: n, selected: n === hops }, n)),
  );
  const form = h(
    'form',
    { class: 'connections-form', id: 'connections-form' },
    f.field,
    toPicker.field,
    h('div', { class: 'field' }, h('label', { for: 'hops' }, t().maxHops), hopsSelect),
    h('button', { type: 'submit' }, t().show),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = connectionsHref(f.input.value.trim(), toPicker.input.value.trim(), Number(hopsSelect.value));
  });
  const out: Child[] = [h('h2', { tabindex: '-1' }, t().connections), h('p', { class: 'meta' }, t().connectionsHint), form];
  if (!from || !to) return out;
  const { connections: paths } = await graphql(CONNECTIONS, { from, to, maxHops: hops, first: PATHS_FIRST });
  out.push(h('p', { class: 'status-line', id: 'paths-count' }, t().nPaths(paths.length)));
  if (paths.length === 0) return out;
  const names = new Map<string, string>(paths.flatMap((p: Any) => p.nodes.map((n: Any) => [n.id, name(n)] as [string, string])));
  out.push(graphPanel(pathsGraph(paths), null, new Map(), t().pathsGraph));
  out.push(
    h(
      'ol',
      { class: 'list paths', id: 'paths' },
      paths.map((p: Any, i: number) =>
        h(
          'li',
          null,
          h('h4', null, t().pathN(i + 1, p.length)),
          h(
            'p',
            { class: 'path' },
            p.nodes.flatMap((n: Any, j: number) => {
              const step = p.relationships[j - 1];
              const arrow = step
                ? h(
                    'span',
                    { class: 'step' },
                    ` ${step.from === n.id ? '←' : '—'} ${relationName(step.type)}${step.role ? ` (${roleName(step.role)})` : ''} ${step.from === n.id ? '—' : '→'} `,
                  )
                : null;
              return [arrow, h('a', { href: nodeHref(n.id) }, names.get(n.id) ?? n.id)];
            }),
          ),
          // One sentence often carries several steps of a path: each sentence once.
          byKey(
            p.relationships.filter((r: Any) => r.evidence?.sentence).map((r: Any) => r.evidence),
            (e: Any) => ({ id: `${e.documentId}|${e.sentence}` }),
          ).map((g) => evidence(g.items[0], g.items.slice(1))),
        ),
      ),
    ),
  );
  return out;
}
