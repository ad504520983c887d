// Pure: API answers → the nodes and relationships drawn in the graph. No DOM here
// (test/explorer runs it under Node). Directions are the stored ones (docs/graph-model.md).

export type Label = 'Meeting' | 'Directive' | 'Person' | 'Organization' | 'Document' | 'Place';

export interface EvidenceRef {
  documentId?: string | null;
  start?: number | null;
  end?: number | null;
  sentence?: string | null;
  document?: { id: string; source?: string | null; title?: string | null } | null;
}

export interface GraphNode {
  id: string;
  label: Label;
  /** What lists and descriptions call it (the caption in the circle follows the grass file). */
  name: string;
  /** The properties captions are written from (grass `{title}`, `{key}`, `{name}`). */
  props: Record<string, string | null | undefined>;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  props: { role?: string | null; title?: string | null };
  evidence: EvidenceRef | null;
}

export interface GraphPart {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** At most this many neighbours of one kind are drawn around a node (a place may have thousands of meetings). */
export const MAX_PER_KIND = 30;

type Any = Record<string, any>;

const captionProps = (label: Label, n: Any): GraphNode['props'] => {
  switch (label) {
    case 'Meeting':
      return { title: n.title ?? null, date: n.date ?? null };
    case 'Directive':
      return { key: n.key ?? null, symbol: n.symbol ?? null, kind: n.kind ?? null };
    case 'Document':
      return { title: n.title ?? n.source ?? null, source: n.source ?? null };
    default:
      return { name: n.name ?? null };
  }
};

const nameOf = (label: Label, n: Any): string => {
  switch (label) {
    case 'Directive':
      return [n.kind, n.symbol ?? n.key].filter(Boolean).join(' ') || n.id;
    case 'Meeting':
      return n.title || n.date || n.id;
    case 'Document':
      return n.title || n.source || n.id;
    default:
      return n.name || n.id;
  }
};

export const graphNode = (label: Label, n: Any): GraphNode => ({ id: n.id, label, name: nameOf(label, n), props: captionProps(label, n) });

export function graphEdge(type: string, source: string, target: string, props: GraphEdge['props'] = {}, evidence: EvidenceRef | null = null): GraphEdge {
  const extra = props.role ?? props.title ?? '';
  const doc = evidence?.documentId ?? evidence?.document?.id ?? '';
  return { id: `${type}|${source}|${target}|${extra}|${doc}`, type, source, target, props, evidence };
}

/** A node's neighbourhood from the explorer's NODE answer: the node, its neighbours, the relationships between them. */
export function neighbourhood(node: Any): GraphPart {
  const label = node.__typename as Label;
  const nodes = new Map<string, GraphNode>([[node.id, graphNode(label, node)]]);
  const edges: GraphEdge[] = [];
  const add = (l: Label, n: Any) => {
    if (n?.id && !nodes.has(n.id)) nodes.set(n.id, graphNode(l, n));
  };
  const each = <T>(list: T[] | null | undefined, f: (x: T) => void) => (list ?? []).slice(0, MAX_PER_KIND).forEach(f);
  const id = node.id as string;
  switch (label) {
    case 'Meeting':
      if (node.place) {
        add('Place', node.place);
        edges.push(graphEdge('HELD_IN', id, node.place.id));
      }
      each(node.organizers, (o: Any) => {
        add('Organization', o);
        edges.push(graphEdge('ORGANIZED', o.id, id));
      });
      each(node.participants, (p: Any) => {
        add('Person', p.person);
        edges.push(graphEdge('PARTICIPATED', p.person.id, id, { role: p.role }, p.evidence));
      });
      each(node.citations, (c: Any) => {
        add('Directive', c.directive);
        edges.push(graphEdge('CITES', id, c.directive.id, {}, c.evidence));
      });
      each(node.documents, (d: Any) => {
        add('Document', d);
        edges.push(graphEdge('REPORTS', d.id, id));
      });
      break;
    case 'Directive':
      each(node.issuedBy, (o: Any) => {
        add('Organization', o);
        edges.push(graphEdge('ISSUED_BY', id, o.id));
      });
      each(node.implements, (d: Any) => {
        add('Directive', d);
        edges.push(graphEdge('IMPLEMENTS', id, d.id));
      });
      each(node.implementedBy, (d: Any) => {
        add('Directive', d);
        edges.push(graphEdge('IMPLEMENTS', d.id, id));
      });
      each(node.citedBy?.edges, (e: Any) => {
        add('Meeting', e.node);
        edges.push(graphEdge('CITES', e.node.id, id, {}, e.citation?.evidence ?? null));
      });
      break;
    case 'Person':
      each(node.positionConnection?.nodes, (p: Any) => {
        add('Organization', p.organization);
        edges.push(graphEdge('HOLDS', id, p.organization.id, { title: p.title ?? p.position }, p.evidence));
      });
      each(node.participationConnection?.nodes, (p: Any) => {
        add('Meeting', p.meeting);
        edges.push(graphEdge('PARTICIPATED', id, p.meeting.id, { role: p.role }, p.evidence));
      });
      break;
    case 'Organization':
      each(node.positions, (p: Any) => {
        add('Person', p.person);
        edges.push(graphEdge('HOLDS', p.person.id, id, { title: p.title ?? p.position }, p.evidence));
      });
      each(node.organized?.nodes, (m: Any) => {
        add('Meeting', m);
        edges.push(graphEdge('ORGANIZED', id, m.id));
      });
      each(node.issued?.nodes, (d: Any) => {
        add('Directive', d);
        edges.push(graphEdge('ISSUED_BY', d.id, id));
      });
      break;
    case 'Document':
      each(node.meetings, (m: Any) => {
        add('Meeting', m);
        edges.push(graphEdge('REPORTS', id, m.id));
      });
      break;
    case 'Place':
      each(node.meetingsHeld?.nodes, (m: Any) => {
        add('Meeting', m);
        edges.push(graphEdge('HELD_IN', m.id, id));
      });
      break;
  }
  return { nodes: [...nodes.values()], edges: dedupeEdges(edges) };
}

/** The paths of a `connections` answer as one graph (nodes and steps shared between paths drawn once). */
export function pathsGraph(paths: Any[]): GraphPart {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const p of paths) {
    for (const n of p.nodes ?? []) if (!nodes.has(n.id)) nodes.set(n.id, graphNode(n.__typename as Label, n));
    for (const r of p.relationships ?? []) edges.push(graphEdge(r.type, r.from, r.to, { role: r.role, title: r.title }, r.evidence ?? null));
  }
  return { nodes: [...nodes.values()], edges: dedupeEdges(edges) };
}

function dedupeEdges(edges: GraphEdge[]): GraphEdge[] {
  return [...new Map(edges.map((e) => [e.id, e])).values()];
}

/** Fills a grass caption: `<type>` is the relationship type, `{prop}` a property; unknown properties give ''. */
export function fillCaption(template: string, props: Record<string, unknown>, type = ''): string {
  return template
    .replace(/<type>/g, type)
    .replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, k: string) => {
      const v = props[k];
      return v === null || v === undefined ? '' : String(v);
    })
    .trim();
}

/** A caption cut to fit inside a node, as Neo4j Browser does, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}
