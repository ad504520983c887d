// The rows one write transaction stores: one list per node label and per
// relationship type, each list sent to its own UNWIND … MERGE query.

export type Props = Record<string, unknown>;

export interface NodeRow {
  id: string;
  /** Properties set with `SET n += props`; nulls are left out so a later, vaguer mention never erases a known fact. */
  props: Props;
}

export interface RelRow {
  from: string;
  to: string;
  documentId: string;
  /** Evidence and other properties, set with `SET r += props`. */
  props: Props;
}

export interface ParticipationRow extends RelRow {
  role: string;
}

export interface HoldsRow extends RelRow {
  title: string;
}

export interface DatedNodeRow extends NodeRow {
  /** ISO dates stored with date() so Neo4j keeps them as date values. */
  date: string | null;
}

export interface GraphBatch {
  documents: DatedNodeRow[];
  meetings: DatedNodeRow[];
  directives: DatedNodeRow[];
  organizations: NodeRow[];
  people: NodeRow[];
  places: NodeRow[];
  reports: RelRow[];
  cites: RelRow[];
  organized: RelRow[];
  participated: ParticipationRow[];
  holds: HoldsRow[];
  issuedBy: RelRow[];
  heldIn: RelRow[];
  implements: RelRow[];
}

export function emptyBatch(): GraphBatch {
  return {
    documents: [],
    meetings: [],
    directives: [],
    organizations: [],
    people: [],
    places: [],
    reports: [],
    cites: [],
    organized: [],
    participated: [],
    holds: [],
    issuedBy: [],
    heldIn: [],
    implements: [],
  };
}

/** One batch holding the rows of several articles, for one write transaction. */
export function concatBatches(batches: readonly GraphBatch[]): GraphBatch {
  const out = emptyBatch();
  for (const k of Object.keys(out) as Array<keyof GraphBatch>) {
    (out[k] as unknown[]) = batches.flatMap((b) => b[k] as unknown[]);
  }
  return out;
}
