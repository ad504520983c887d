// Builds the explorer (explorer/src → dist/web/explorer/) with esbuild: one bundle
// with cytoscape and chart.js inside, the page, its CSS, and the GraphiQL start
// script. Neo4j Browser's style file is parsed here, at build time, and baked into
// the bundle, so the page fetches nothing at run time but this server's files.
// `npm run build:explorer`; `npm run build` runs it after tsc.
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseGrass } from '../src/explorer/parseGrass.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the server looks for the built files (src/explorer/webFiles.ts). */
export const WEB_OUT = `${ROOT}dist/web/explorer`;

export async function buildExplorer(outDir: string = WEB_OUT): Promise<void> {
  const grass = parseGrass(await readFile(`${ROOT}neo4j/browser-style.grass`, 'utf8'));
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: { app: `${ROOT}explorer/src/main.ts`, 'graphiql-start': `${ROOT}explorer/src/graphiqlStart.ts` },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    define: { GRAPH_STYLE: JSON.stringify(grass) },
    logLevel: 'warning',
  });
  await copyFile(`${ROOT}explorer/index.html`, `${outDir}/index.html`);
  await copyFile(`${ROOT}explorer/style.css`, `${outDir}/style.css`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildExplorer();
  console.error(`explorer built into ${WEB_OUT} in ${Date.now() - started} ms`);
}
