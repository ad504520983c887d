import type { CypherEngine } from '../engine/CypherEngine.js';
import { labelOfId, type Label } from '../graph/model.js';
import type { NodeProps } from './GraphStore.js';

// How two nodes are linked (GraphQL `connections`): a search from both ends at once, a level at a time, each
// level one named query for all the nodes it expands (api_path_steps), instead of enumerating every path from
// one end (around hubs, hundreds of thousands of paths for five answers). The two searches meet in the middle:
// a path of length L is a walk of i steps from one end and one of L - i steps from the other that end on the
// same node, so neither search goes deeper than 2 for paths of up to 4 relationships. A path is a sequence of
// nodes: the graph model has one relationship type per pair of labels, so the types (and each relationship's
// direction and evidence) are read afterwards for the paths kept only (api_path_relationships).
//
// Bounds, so that a hub (a province, a national body, a person named in thousands of meetings) costs a fixed
// amount of work rather than its degree, and what they mean for the answer:
// - from any one node at most NODE_CAP relationships are followed (the first the engine returns): of many paths
//   through a hub, only those through its first NODE_CAP relationships can be found;
// - a second level expands one side's nodes (the side whose next level costs less), fewest relationships first,
//   until LEVEL_BUDGET relationships are followed: the nodes left over (hubs next to an end) are not expanded
//   from that side;
// - at most CANDIDATES paths of one length are assembled before they are sorted.
// Between nodes with fewer relationships (every node of the seed graph) the answer is exact: every simple path
// (no node twice) of 1…maxHops relationships, shortest first, then by the ids along the path, on both engines.

/** Relationships followed from one node at most. */
export const NODE_CAP = 500;
/** Relationships followed in one second-level expansion at most. */
export const LEVEL_BUDGET = 5000;
/** Paths of one length assembled at most before the first are kept. */
export const CANDIDATES = 1000;

/** What connections answers: nodes with their label and properties, relationships with their properties. */
export interface ConnectionPath {
  nodes: Array<NodeProps & { label: Label }>;
  rels: Array<Record<string, unknown> & { type: string; from: string; to: string }>;
}

type NodesByIds = (label: Label, ids: readonly string[]) => Promise<Array<NodeProps | null>>;

/** The nodes expanded so far: each one's neighbours (each once), and the degrees seen. */
class Neighbourhood {
  readonly next = new Map<string, string[]>();
  readonly degree = new Map<string, number>();

  constructor(private readonly engine: CypherEngine) {}

  /** Expands nodes: the ends with their neighbours' degrees (api_path_steps), a second level without (api_path_steps_onward). */
  async expand(ids: readonly string[], withDegrees: boolean): Promise<void> {
    const todo = [...new Set(ids)].filter((id) => !this.next.has(id));
    if (todo.length === 0) return;
    for (const id of todo) this.next.set(id, []);
    const rows = await this.engine.read(withDegrees ? 'api_path_steps' : 'api_path_steps_onward', { ids: todo, cap: NODE_CAP });
    for (const r of rows) {
      const id = String(r.id);
      const other = String(r.other);
      if (withDegrees) {
        this.degree.set(id, Number(r.own));
        this.degree.set(other, Number(r.degree));
      }
      this.next.get(id)?.push(other);
    }
  }

  /**
   * Where to read the relationship between two nodes of a path from: an end whose relationships are all within
   * NODE_CAP, else one the search expanded and found the other from (within its first NODE_CAP); the fewer first.
   */
  anchor(x: string, y: string): [string, string] {
    const covers = (a: string, b: string) => (this.degree.get(a) ?? Infinity) < NODE_CAP || (this.next.get(a)?.includes(b) ?? false);
    const cost = (a: string) => this.degree.get(a) ?? NODE_CAP;
    if (covers(x, y) && (!covers(y, x) || cost(x) <= cost(y))) return [x, y];
    return [y, x];
  }

  /** Whether the search may have followed only some of a node's relationships (an end's own are counted up to NODE_CAP). */
  capped(id: string): boolean {
    return (this.degree.get(id) ?? 0) >= NODE_CAP;
  }

  /** Walks of exactly `depth` steps from `end` over the nodes expanded, grouped by the node they end at. */
  walks(end: string, depth: number): Map<string, string[][]> {
    let level = new Map<string, string[][]>([[end, [[end]]]]);
    for (let d = 0; d < depth; d++) {
      const deeper = new Map<string, string[][]>();
      for (const [at, walks] of level) {
        for (const other of this.next.get(at) ?? []) {
          const list = deeper.get(other) ?? [];
          for (const w of walks) list.push([...w, other]);
          deeper.set(other, list);
        }
      }
      level = deeper;
    }
    return level;
  }

  /** The nodes one step from `end` not expanded yet, fewest relationships first, as many as LEVEL_BUDGET allows, and what they cost. */
  frontier(end: string): { ids: string[]; cost: number } {
    const ids = (this.next.get(end) ?? []).filter((id) => !this.next.has(id));
    ids.sort((x, y) => (this.degree.get(x) ?? 0) - (this.degree.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
    const kept: string[] = [];
    let cost = 0;
    for (const id of ids) {
      const c = Math.min(this.degree.get(id) ?? 0, NODE_CAP);
      if (cost + c > LEVEL_BUDGET) break;
      cost += c;
      kept.push(id);
    }
    return { ids: kept, cost };
  }
}

/**
 * Simple paths of 1…maxHops relationships between two nodes, shortest first, at most `first` (see the bounds
 * above), with their nodes and relationships. Round trips: one for both ends; one per side's second level while
 * the page is not full (one side for 3 hops, both for 4, or past an end with more than NODE_CAP relationships);
 * then the nodes (one query per label) and the relationships of the paths kept.
 */
export async function connections(
  engine: CypherEngine,
  nodesByIds: NodesByIds,
  from: string,
  to: string,
  maxHops: number,
  first: number,
): Promise<ConnectionPath[]> {
  const hood = new Neighbourhood(engine);
  await hood.expand([from, to], true);
  const depth: Record<string, number> = { [from]: 1, [to]: 1 };
  let found = assemble(hood, from, to, depth, maxHops);
  const capped = hood.capped(from) || hood.capped(to);
  for (let level = 0; level < 2 && found.length < first; level++) {
    // A second level on one side gives paths of 3 hops (and more of 2 past a capped end); on both, paths of 4.
    if (!(maxHops >= 3 + level || (maxHops >= 2 && capped))) break;
    const options = [from, to].filter((e) => depth[e] === 1).map((end) => ({ end, ...hood.frontier(end) }));
    options.sort((x, y) => x.cost - y.cost);
    const cheaper = options[0];
    if (!cheaper) break;
    await hood.expand(cheaper.ids, false);
    depth[cheaper.end] = 2;
    found = assemble(hood, from, to, depth, maxHops);
  }
  return withProperties(engine, nodesByIds, found.slice(0, first), (x, y) => hood.anchor(x, y));
}

/** Every path the expanded levels give, up to maxHops, simple, each once, shortest first, then by the ids along it. */
function assemble(hood: Neighbourhood, from: string, to: string, depth: Record<string, number>, maxHops: number): string[][] {
  const dA = depth[from] ?? 0;
  const dB = depth[to] ?? 0;
  const walksA = [0, 1, 2].map((d) => (d <= dA ? hood.walks(from, d) : new Map<string, string[][]>()));
  const walksB = [0, 1, 2].map((d) => (d <= dB ? hood.walks(to, d) : new Map<string, string[][]>()));
  const out: string[][] = [];
  for (let length = 1; length <= maxHops; length++) {
    const paths = new Map<string, string[]>();
    let candidates = 0;
    for (let i = Math.max(0, length - dB); i <= Math.min(dA, length); i++) {
      const a = walksA[i];
      const b = walksB[length - i];
      if (!a || !b) continue;
      for (const [meet, left] of a) {
        const right = b.get(meet);
        if (!right) continue;
        for (const wa of left) {
          for (const wb of right) {
            if (candidates++ >= CANDIDATES) break;
            const nodes = [...wa, ...wb.slice(0, -1).reverse()];
            if (new Set(nodes).size === nodes.length) paths.set(nodes.join('\u0000'), nodes);
          }
        }
      }
    }
    for (const key of [...paths.keys()].sort()) out.push(paths.get(key) ?? []);
  }
  return out;
}

/**
 * The paths with their nodes (through `nodesByIds`, one query per label) and relationships (api_path_relationships,
 * each read from the end `anchorOf` names). A path whose node or relationship is gone since the search is left out.
 */
async function withProperties(
  engine: CypherEngine,
  nodesByIds: NodesByIds,
  paths: string[][],
  anchorOf: (x: string, y: string) => [string, string],
): Promise<ConnectionPath[]> {
  const byLabel = new Map<Label, string[]>();
  for (const id of new Set(paths.flat())) byLabel.set(labelOfId(id), [...(byLabel.get(labelOfId(id)) ?? []), id]);
  const nodes = new Map<string, NodeProps & { label: Label }>();
  await Promise.all(
    [...byLabel].map(async ([label, ids]) => {
      for (const n of await nodesByIds(label, ids)) if (n) nodes.set(n.id, { ...n, label });
    }),
  );
  const steps = new Map<string, { key: string; anchor: string; other: string }>();
  for (const p of paths) {
    for (let k = 1; k < p.length; k++) {
      const [x, y] = [p[k - 1] ?? '', p[k] ?? ''];
      const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
      const [anchor, other] = anchorOf(x, y);
      if (!steps.has(key)) steps.set(key, { key, anchor, other });
    }
  }
  const rows = steps.size === 0 ? [] : await engine.read('api_path_relationships', { steps: [...steps.values()], cap: NODE_CAP });
  const rels = new Map<string, ConnectionPath['rels'][number]>();
  for (const r of rows) {
    const step = steps.get(String(r.key));
    if (!step) continue;
    const [start, end] = r.out === true ? [step.anchor, step.other] : [step.other, step.anchor];
    rels.set(step.key, { ...((r.rel ?? {}) as Record<string, unknown>), type: String(r.type), from: start, to: end });
  }
  return paths.flatMap((p) => {
    const pathNodes = p.map((id) => nodes.get(id));
    const pathRels = p.slice(1).map((y, k) => {
      const x = p[k] ?? '';
      return rels.get(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
    });
    if (pathNodes.some((n) => n === undefined) || pathRels.some((r) => r === undefined)) return [];
    return [{ nodes: pathNodes as ConnectionPath['nodes'], rels: pathRels as ConnectionPath['rels'] }];
  });
}
