// What a Neo4j Browser style file says, once parsed (parseGrass.ts at build time;
// the explorer bundle reads it without the parser).

/** One selector's declarations, values unquoted: `{ color: '#D9534F', caption: '{key}' }`. */
export type GrassRule = Record<string, string>;

/** A parsed .grass file: `node['*']` and `relationship['*']` are the defaults, other keys are labels or types. */
export interface GraphStyle {
  node: Record<string, GrassRule>;
  relationship: Record<string, GrassRule>;
}

/** A rule with the defaults under it: what one label or type is drawn with. */
export function styleFor(style: GraphStyle, kind: 'node' | 'relationship', name: string): GrassRule {
  return { ...style[kind]['*'], ...style[kind][name] };
}
