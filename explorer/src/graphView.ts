// The graph drawn with cytoscape (MIT, the standard graph library of the web;
// Neo4j's NVL is licensed for use with Neo4j's commercial products only), in
// the captions, colours and sizes of neo4j/browser-style.grass.
import cytoscape from 'cytoscape';
import { styleFor, type GraphStyle } from '../../src/explorer/graphStyle.js';
import { fillCaption, shorten, type GraphEdge, type GraphNode, type GraphPart } from './graphModel.js';
import { relationName, roleName } from './i18n.js';

const px = (v: string | undefined, fallback: number): number => {
  const n = Number.parseFloat(v ?? '');
  return Number.isFinite(n) ? n : fallback;
};

const LABELS = ['Meeting', 'Directive', 'Person', 'Organization', 'Document', 'Place'];

/** The cytoscape stylesheet for a parsed grass file. */
export function cytoscapeStyle(style: GraphStyle): cytoscape.StylesheetJson {
  const nodeRule = (label: string): cytoscape.StylesheetStyle['style'] => {
    const r = styleFor(style, 'node', label);
    const d = px(r.diameter, 50);
    return {
      'background-color': r.color ?? '#A5ABB6',
      'border-color': r['border-color'] ?? '#9AA1AC',
      'border-width': px(r['border-width'], 2),
      width: d,
      height: d,
      color: r['text-color-internal'] ?? '#FFFFFF',
      'font-size': px(r['font-size'], 10),
    };
  };
  const edgeRule = (type: string): cytoscape.StylesheetStyle['style'] => {
    const r = styleFor(style, 'relationship', type);
    return {
      'line-color': r.color ?? '#A5ABB6',
      'target-arrow-color': r.color ?? '#A5ABB6',
      width: px(r['shaft-width'], 1),
      'font-size': px(r['font-size'], 8),
      color: r['text-color-external'] ?? '#000000',
      'text-background-padding': `${px(r.padding, 3)}px`,
    };
  };
  return [
    {
      selector: 'node',
      style: {
        ...nodeRule('*'),
        label: 'data(caption)',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': 'data(textWidth)',
        'font-family': 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
      },
    },
    ...LABELS.map((l) => ({ selector: `node[label = "${l}"]`, style: nodeRule(l) })),
    {
      selector: 'edge',
      style: {
        ...edgeRule('*'),
        label: 'data(caption)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'text-rotation': 'autorotate',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 1,
        'font-family': 'system-ui, sans-serif',
      },
    },
    ...Object.keys(style.relationship)
      .filter((k) => k !== '*')
      .map((type) => ({ selector: `edge[type = "${type}"]`, style: edgeRule(type) })),
    { selector: 'node.root', style: { 'border-width': 5, 'border-color': '#2A2C34' } },
    { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 5 } },
    { selector: 'node.active', style: { 'overlay-color': '#F4B400', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: 'edge.active', style: { width: 5, 'line-color': '#F4B400', 'target-arrow-color': '#F4B400', 'z-index': 10 } },
  ];
}

/** What a node is called in its circle: the grass caption, cut to fit as Browser does. */
export function nodeCaption(style: GraphStyle, n: GraphNode): { caption: string; full: string; textWidth: number } {
  const rule = styleFor(style, 'node', n.label);
  const full = fillCaption(rule.caption ?? '{id}', { id: n.id, ...n.props }) || n.id;
  const d = px(rule.diameter, 50);
  return { caption: shorten(full, Math.round(d * 0.4)), full, textWidth: Math.round(d * 0.9) };
}

export function edgeCaption(style: GraphStyle, e: GraphEdge): string {
  const rule = styleFor(style, 'relationship', e.type);
  const role = e.props.role ? roleName(e.props.role) : null;
  return shorten(fillCaption(rule.caption ?? '<type>', { role, title: e.props.title }, e.type) || e.type, 28);
}

export interface GraphViewEvents {
  /** A node was clicked (expand it). */
  onNodeTap(id: string): void;
  /** The pointer is on a relationship (read its evidence). */
  onEdgeHover(edge: GraphEdge): void;
}

/** One cytoscape graph that grows as nodes are expanded; keeps the model of what it draws. */
export class GraphView {
  readonly cy: cytoscape.Core;
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  constructor(
    container: HTMLElement,
    private readonly style: GraphStyle,
    events: GraphViewEvents,
  ) {
    this.cy = cytoscape({
      container,
      style: cytoscapeStyle(style),
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: false,
    });
    this.cy.on('tap', 'node', (e) => events.onNodeTap(e.target.id()));
    this.cy.on('mouseover', 'edge', (e) => {
      const edge = this.edges.get(e.target.id());
      if (edge) events.onEdgeHover(edge);
    });
    this.cy.on('mouseover', 'node', () => {
      container.style.cursor = 'pointer';
    });
    this.cy.on('mouseout', 'node', () => {
      container.style.cursor = '';
    });
  }

  /** Adds what is not drawn yet; returns how many nodes were new. Lays the graph out again. */
  add(part: GraphPart): number {
    const added: cytoscape.ElementDefinition[] = [];
    let newNodes = 0;
    for (const n of part.nodes) {
      if (this.nodes.has(n.id)) continue;
      this.nodes.set(n.id, n);
      newNodes++;
      const c = nodeCaption(this.style, n);
      added.push({ group: 'nodes', data: { id: n.id, label: n.label, caption: c.caption, full: c.full, textWidth: c.textWidth } });
    }
    for (const e of part.edges) {
      if (this.edges.has(e.id) || !this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      this.edges.set(e.id, e);
      added.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, caption: edgeCaption(this.style, e) } });
    }
    if (added.length) {
      this.cy.add(added);
      this.layout();
    }
    return newNodes;
  }

  layout(): void {
    const n = this.cy.nodes().length;
    this.cy
      .layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit: true,
        padding: 24,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => (n > 20 ? 60 : 70),
        nodeOverlap: 20,
        numIter: 1500,
      } as cytoscape.LayoutOptions)
      .run();
  }

  /** Marks one element (edge or node) as the one being read. */
  setActive(id: string | null): void {
    this.cy.elements('.active').removeClass('active');
    if (id) this.cy.getElementById(id).addClass('active');
  }

  mark(id: string, cls: 'root' | 'expanded'): void {
    this.cy.getElementById(id).addClass(cls);
  }

  nameOf(id: string): string {
    return this.nodes.get(id)?.name ?? id;
  }

  describe(e: GraphEdge): string {
    const extra = e.props.role ? ` (${roleName(e.props.role)})` : e.props.title ? ` (${e.props.title})` : '';
    return `${this.nameOf(e.source)} — ${relationName(e.type)}${extra} → ${this.nameOf(e.target)}`;
  }

  destroy(): void {
    this.cy.destroy();
  }
}
