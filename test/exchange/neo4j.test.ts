import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphStore } from '../../src/store/GraphStore.js';
import { Neo4jEngine } from '../../src/engine/neo4j/Neo4jEngine.js';
import { GrafeoEngine } from '../../src/engine/grafeo/GrafeoEngine.js';
import { loadConfig } from '../../src/config.js';
import { exportGraph } from '../../src/exchange/exportGraph.js';
import { importGraph } from '../../src/exchange/importGraph.js';
import { readGraph } from '../../src/exchange/readGraph.js';
import { analystStore } from '../fixtures/analystGraph.js';

// Across engines: the fixture graph imported into Neo4j from an embedded dump,
// exported from Neo4j again and imported into a fresh embedded store, comes back
// the same. Runs only with NEO4J_URI set (it empties that database); declared
// gap on development and CI machines, which cannot run Neo4j.
const settings = loadConfig().neo4j;

async function lines(store: GraphStore): Promise<string[]> {
  const out: string[] = [];
  const sorted = (props: Record<string, unknown>) => Object.entries(props).sort(([a], [c]) => (a < c ? -1 : 1));
  for await (const b of readGraph(store.engine, 1000)) {
    if (b.kind === 'nodes') for (const r of b.records) out.push(JSON.stringify([b.label, r.id, sorted(r.props)]));
    else for (const r of b.records) out.push(JSON.stringify([b.type, r.from, r.to, sorted(r.props)]));
  }
  return out.sort();
}

if (settings) {
  describe('export/import across engines: Grafeo → Neo4j → Grafeo', () => {
    it.each(['cypher', 'csv'] as const)('keeps the graph whole through Neo4j (%s)', async (format) => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-'));
      const source = await analystStore();
      const neo = new GraphStore(new Neo4jEngine(settings));
      const back = new GraphStore(new GrafeoEngine());
      try {
        await neo.migrate();
        await exportGraph(source, { format, out: join(dir, 'a') });
        await importGraph(neo, { path: join(dir, 'a'), replace: true });
        expect(await neo.stats()).toEqual(await source.stats());
        await exportGraph(neo, { format, out: join(dir, 'b') });
        await back.migrate();
        await importGraph(back, { path: join(dir, 'b') });
        expect(await lines(back)).toEqual(await lines(source));
      } finally {
        await Promise.all([source.close(), neo.close(), back.close()]);
      }
    });
  });
} else {
  describe('export/import across engines: Grafeo → Neo4j → Grafeo', () => {
    it.skip('needs NEO4J_URI (declared gap: no Neo4j server on development and CI machines)', () => undefined);
  });
}
