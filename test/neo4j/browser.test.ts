import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig, neo4jSettings } from '../../src/config.js';
import { analystQuestions } from '../../src/analyst/analystQuestions.js';
import { parseGrass } from '../../src/explorer/parseGrass.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { seededStore } from '../fixtures/seededStore.js';

// Neo4j Browser (served by the server at /browser/) in headless Chromium, as an analyst
// uses it: connect with the credentials, load the project's style, run two analyst
// questions with their example parameters, and see the graph drawn in the captions and
// colours of neo4j/browser-style.grass. Screenshots go to test/artifacts/ (ignored).

const settings = neo4jSettings(loadConfig())!;
const BROWSER_URL = `http://127.0.0.1:${process.env.NEO4J_HTTP_PORT ?? '7474'}/browser/`;
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const style = parseGrass(readFileSync(fileURLToPath(new URL('../../neo4j/browser-style.grass', import.meta.url)), 'utf8'));

/** Browser keeps its style as a map from selector (`node.Meeting`) to properties, in localStorage 'neo4j.grass'. */
function browserStyleData(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const kind of ['node', 'relationship'] as const) {
    for (const [label, props] of Object.entries(style[kind])) out[label === '*' ? kind : `${kind}.${label}`] = { ...props };
  }
  return out;
}

/** An analyst question as typed in Browser: its `:param` lines, then the query. */
function questionText(name: string): { params: string; query: string } {
  const q = analystQuestions().find((x) => x.name === name)!;
  const params = Object.entries(q.examples).map(([k, v]) => `:param ${k} => ${JSON.stringify(v).replace(/^"(.*)"$/, "'$1'")}`).join('\n');
  const query = readFileSync(fileURLToPath(new URL(`../../cypher/analyst/${name}.cypher`, import.meta.url)), 'utf8').split('\n').filter((l) => !l.startsWith('//')).join('\n').trim();
  return { params, query };
}

async function run(page: Page, text: string): Promise<void> {
  const editor = page.locator('#monaco-main-editor textarea, .monaco-editor textarea').first();
  await editor.click();
  await page.keyboard.insertText(text);
  await page.getByTestId('editor-Run').first().click();
}

describe('Neo4j Browser on the seed graph', () => {
  let store: GraphStore;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];

  beforeAll(async () => {
    store = await seededStore();
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // Browser asks for web fonts and crash reporting elsewhere: refused here, as on this closed network.
    await page.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await page.addInitScript((grass) => {
      if (!localStorage.getItem('neo4j.grass') || localStorage.getItem('neo4j.grass') === 'null') localStorage.setItem('neo4j.grass', grass);
    }, JSON.stringify(browserStyleData()));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await store?.close();
  });

  it('connects with the credentials', async () => {
    await page.goto(BROWSER_URL, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('boltaddress').fill(settings.uri);
    await page.getByTestId('username').fill(settings.user);
    await page.getByTestId('password').fill(settings.password);
    await page.getByTestId('connect').click();
    await page.getByText('You are connected as user').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${ARTIFACTS}/neo4j-browser-connected.png` });
  }, 60_000);

  it.each([
    ['directive_graph', 'Meeting', 'Hội nghị giao ban'],
    ['person_graph', 'Person', 'Lê Hữu Thọ'],
  ])('draws %s as a graph in the style of browser-style.grass', async (name, label, caption) => {
    const { params, query } = questionText(name);
    // Frames run on their own: each `:param` line must be set (Browser says so) before the next line or the query runs.
    const said = 'Successfully set your parameters.';
    for (const line of params.split('\n')) {
      const before = await page.getByText(said, { exact: true }).count();
      await run(page, line);
      await page.getByText(said, { exact: true }).nth(before).waitFor({ timeout: 30_000 });
    }
    await run(page, query);
    // The graph view: one svg node per result node, drawn with the label's colour and caption.
    const frame = page.locator('[data-testid="frame"]').first();
    const node = frame.locator('g.node').first();
    await node.waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: `${ARTIFACTS}/neo4j-browser-${name}-failed.png` });
      throw error;
    });
    const colour = style.node[label]!.color!.toLowerCase();
    const fills = await frame.locator('g.node circle.b-outline').evaluateAll((circles) => circles.map((c) => (c.getAttribute('fill') ?? '').toLowerCase()));
    expect(fills).toContain(colour);
    // A caption is broken over lines (tspans): compared without the breaks.
    const captions = (await frame.locator('g.node text').allTextContents()).join('').replace(/\s+/g, '');
    expect(captions).toContain(caption.replace(/\s+/g, ''));
    await page.screenshot({ path: `${ARTIFACTS}/neo4j-browser-${name}.png` });
  }, 120_000);
});
