import type { GraphStyle } from '../../src/explorer/graphStyle.js';

declare global {
  /** neo4j/browser-style.grass, parsed at build time (scripts/buildExplorer.ts). */
  const GRAPH_STYLE: GraphStyle;
}
export {};
