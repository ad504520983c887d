import postcss from 'postcss';

import type { GraphStyle } from './graphStyle.js';

export type { GraphStyle, GrassRule } from './graphStyle.js';

const SELECTOR = /^(node|relationship)(?:\.([A-Za-z_][A-Za-z0-9_]*))?$/;

const unquote = (v: string): string => v.trim().replace(/^(['"])(.*)\1$/, '$2');

/**
 * Parses Neo4j Browser's style file (`neo4j/browser-style.grass`, CSS syntax) with
 * postcss, so the explorer draws nodes in the captions and colours Browser uses.
 * A selector other than `node`, `node.Label`, `relationship`, `relationship.TYPE` is an error.
 */
export function parseGrass(text: string): GraphStyle {
  const style: GraphStyle = { node: {}, relationship: {} };
  const root = postcss.parse(text);
  root.walkRules((rule) => {
    for (const selector of rule.selectors) {
      const m = SELECTOR.exec(selector.trim());
      if (!m) throw new Error(`grass: unsupported selector "${selector}" (line ${rule.source?.start?.line ?? '?'})`);
      const kind = m[1] as 'node' | 'relationship';
      const target = (style[kind][m[2] ?? '*'] ??= {});
      rule.walkDecls((decl) => {
        target[decl.prop] = unquote(decl.value);
      });
    }
  });
  return style;
}
