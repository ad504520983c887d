import type { Page } from 'playwright-core';
import { readExamples } from '../../src/graphql/examples.js';
import { ARTIFACTS, chromiumAvailable, CHROMIUM, startHarness, WAIT, type Harness } from './harness.js';

// What a new user does, in headless Chromium against the app on the seed articles:
// GraphiQL offline with its example tabs; in the explorer, search with suggestions,
// a directive with its graph and charts, expanding a node, reading an edge's
// evidence, a meeting's article with the cited passages highlighted, the paths
// between two nodes, the language switch, the keyboard, a 390 px phone.
// Screenshots of each view go to test/artifacts/ (git-ignored; the good ones are
// copied to docs/img/ for the README).

const run = chromiumAvailable ? describe : describe.skip;
if (!chromiumAvailable) console.warn(`test/browser skipped: no Chromium at ${CHROMIUM} (apt install chromium, or set CHROMIUM_PATH)`);

/** Per test: the machine is shared, and a page load with a graph layout can take seconds. */
const SLOW = 180_000;

run('in headless Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    // No test may reach beyond this server, or leave an error in a page.
    expect(h.outside).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  /** Opens an explorer view and waits until it is shown. */
  async function open(page: Page, hash: string, view: string): Promise<void> {
    await page.goto(`${h.base}/explorer/${hash}`);
    await shown(page, view);
  }

  /** Waits for a view; an error the page shows instead fails the test with its text. */
  async function shown(page: Page, view: string): Promise<void> {
    await page.waitForSelector(`main[data-view="${view}"]:not([aria-busy])`, { ...WAIT, state: 'attached' });
    const error = page.locator('#error');
    if (await error.isVisible()) throw new Error(`the page shows an error: ${await error.innerText()}`);
  }

  /** Where a graph element is on the screen (cytoscape draws on a canvas; its model knows the positions). */
  async function screenPoint(page: Page, selector: (cy: any) => any): Promise<{ x: number; y: number; id: string }> {
    return page.evaluate((fn) => {
      const view = (window as any).explorerGraph;
      const el = new Function('cy', `return (${fn})(cy)`)(view.cy);
      const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
      const box = document.getElementById('graph')!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, id: el.id() };
    }, selector.toString());
  }

  it(
    'GraphiQL loads from this server only, opens on the examples by name, and runs them',
    async () => {
      const page = await h.page();
      await page.goto(`${h.base}/graphql`);
      const names = readExamples().map((e) => /^\s*(?:query|mutation)\s+(\w+)/m.exec(e.query)?.[1]);
      await page.waitForSelector('.graphiql-tab', WAIT);
      const tabs = await page.locator('.graphiql-tab > button[aria-controls]').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
      expect(tabs).toEqual(names);
      expect(await page.locator('.graphiql-tab').first().getAttribute('aria-selected')).toBe('true');
      // The first tab is open and runs on a first visit.
      await page.waitForFunction(() => /"totalCount":\s*5/.test(document.querySelector('.graphiql-response')?.textContent ?? ''), null, WAIT);
      await h.shot(page, 'graphiql');
      // Another example, run with the button.
      await page.locator('.graphiql-tab > button[title="Directive"]').click();
      // Run only once the tab is selected and its operation is in the editor (a busy machine switches tabs slowly).
      await page.waitForFunction(
        () => document.querySelector('.graphiql-tab[aria-selected="true"] > button')?.getAttribute('title') === 'Directive',
        null,
        WAIT,
      );
      await page.waitForFunction(() => /CT-5-TTg/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''), null, WAIT);
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction(() => /"symbol":\s*"05\/CT-TTg"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''), null, WAIT);
    },
    SLOW,
  );

  it(
    '/ leads to the explorer, which opens on the most cited directives',
    async () => {
      const page = await h.page();
      await page.goto(`${h.base}/`);
      await page.waitForSelector('main[data-view="start"] ol li', WAIT);
      expect(new URL(page.url()).pathname).toBe('/explorer/');
      expect(await page.locator('main h2').innerText()).toBe('Văn bản được trích dẫn nhiều nhất');
      await h.shot(page, 'start');
    },
    SLOW,
  );

  it(
    'search suggests as you type; the keyboard picks a suggestion and opens its page',
    async () => {
      const page = await h.page();
      await open(page, '', 'start');
      const box = page.getByRole('combobox', { name: 'Tìm kiếm' });
      await box.focus();
      await box.pressSequentially('chi thi 05', { delay: 30 });
      const options = page.locator('#suggest-1 [role=option]');
      await options.first().waitFor(WAIT);
      expect((await options.allInnerTexts()).slice(0, 2).join(' | ')).toMatch(/05\/CT-TTg|05-CT\/TW/);
      await h.shot(page, 'search-suggestions');
      await box.press('ArrowDown');
      expect(await box.getAttribute('aria-activedescendant')).toBe('suggest-1-0');
      const first = await options.first().getAttribute('data-id');
      await box.press('Enter');
      await shown(page, 'node');
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#node=${first}`);
      // Enter without a suggestion chosen searches.
      await box.fill('le huu tho');
      await box.press('Enter');
      await page.waitForSelector('main[data-view="search"]:not([aria-busy]) li a', WAIT);
      expect(await page.locator('main li a').first().innerText()).toBe('Lê Hữu Thọ');
      // The person's page: offices and meetings from their connections' first pages, each in the graph too.
      await page.locator('main li a').first().click();
      await shown(page, 'node');
      await page.waitForSelector('#graph[data-nodes]', WAIT);
      const heading = (title: string) => page.locator('main h3', { hasText: title });
      expect(await heading('Chức vụ').innerText()).toMatch(/^Chức vụ \([1-9]\d*\)$/);
      expect(await heading('Tham gia cuộc họp').innerText()).toMatch(/^Tham gia cuộc họp \([1-9]\d*\)$/);
      const offices = page.locator('main h3:has-text("Chức vụ") + ul.list > li');
      expect(await offices.count()).toBeGreaterThan(0);
      expect(await offices.first().locator('blockquote').count()).toBe(1);
      const holds = await page.evaluate(() => (window as any).explorerGraph.cy.edges('[type = "HOLDS"]').length);
      expect(holds).toBeGreaterThan(0);
      await h.shot(page, 'person', true);
    },
    SLOW,
  );

  it(
    'a directive: its neighbourhood graph and the charts of meetings citing it by year and by place',
    async () => {
      const page = await h.page();
      await open(page, '#node=CT-5-TTg', 'node');
      await page.waitForSelector('#graph[data-nodes]', WAIT);
      expect(Number(await page.locator('#graph').getAttribute('data-nodes'))).toBeGreaterThanOrEqual(3);
      // Drawn as neo4j/browser-style.grass says: colour, size and caption per label, colour and width per type.
      const drawn = await page.evaluate(() => {
        const cy = (window as any).explorerGraph.cy;
        const node = (label: string) => cy.nodes(`[label = "${label}"]`).first();
        const edge = cy.edges('[type = "CITES"]').first();
        return {
          directive: [node('Directive').style('background-color'), node('Directive').style('width'), node('Directive').data('caption')],
          meeting: [node('Meeting').style('background-color'), node('Meeting').style('width')],
          cites: [edge.style('line-color'), edge.style('width'), edge.data('caption')],
        };
      });
      expect(drawn).toEqual({
        directive: ['rgb(217,83,79)', '65px', 'CT-5-TTg'],
        meeting: ['rgb(247,151,103)', '60px'],
        cites: ['rgb(217,83,79)', '2px', 'CITES'],
      });
      await page.waitForSelector('#chart-year[data-drawn] canvas', WAIT);
      await page.waitForSelector('#chart-place[data-drawn] canvas', WAIT);
      // The charts' numbers, as their tables say them, and bars really drawn on the canvas.
      const rows = async (id: string) => page.locator(`#${id} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
      expect(await rows('chart-year')).toEqual([['2020', '1']]);
      expect(await rows('chart-place')).toEqual([['Tịnh Biên', '1']]);
      const coloured = await page.locator('#chart-year canvas').evaluate((c: HTMLCanvasElement) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! > 180 && data[i + 1]! < 120 && data[i + 2]! < 120) n++; // the bar's red, #D9534F
        return n;
      });
      expect(coloured).toBeGreaterThan(200);
      await h.shot(page, 'directive', true);
      await page.locator('section.charts').screenshot({ path: `${ARTIFACTS}directive-charts.png` });
    },
    SLOW,
  );

  it(
    'clicking a node in the graph expands it; hovering a relationship shows its sentence and opens the article',
    async () => {
      const page = await h.page();
      await open(page, '#node=CT-5-TTg', 'node');
      await page.waitForSelector('#graph[data-nodes]', WAIT);
      const before = Number(await page.locator('#graph').getAttribute('data-nodes'));
      const meeting = await screenPoint(page, (cy: any) => cy.nodes('[label = "Meeting"]').first());
      await page.mouse.click(meeting.x, meeting.y);
      await page.waitForFunction((n) => Number(document.getElementById('graph')?.dataset.nodes) > n, before, WAIT);
      const after = Number(await page.locator('#graph').getAttribute('data-nodes'));
      expect(after).toBeGreaterThan(before + 3); // the meeting's place, people, other directives, article
      await h.shot(page, 'graph-expanded');

      // Points along the relationship, clear of every node; the first one the pointer finds the relationship at is used
      // (a crossing relationship may lie on top at some point).
      const along = await page.evaluate(() => {
        const cy = (window as any).explorerGraph.cy;
        const edge = cy
          .edges('[type = "CITES"]')
          .filter((e: any) => e.target().data('caption') === 'CT-5-TTg')
          .first();
        const a = edge.source().renderedPosition();
        const b = edge.target().renderedPosition();
        const box = document.getElementById('graph')!.getBoundingClientRect();
        const clear = (x: number, y: number) =>
          cy.nodes().every((n: any) => {
            const bb = n.renderedBoundingBox();
            return x < bb.x1 - 4 || x > bb.x2 + 4 || y < bb.y1 - 4 || y > bb.y2 + 4;
          });
        const points = [];
        for (let t = 0.2; t <= 0.8; t += 0.05) {
          const x = a.x + (b.x - a.x) * t;
          const y = a.y + (b.y - a.y) * t;
          if (clear(x, y)) points.push({ x: box.left + x, y: box.top + y });
        }
        return { id: edge.id(), points };
      });
      expect(along.points.length).toBeGreaterThan(0);
      let found = false;
      for (const p of along.points) {
        await page.mouse.move(p.x, p.y, { steps: 4 });
        found = await page
          .waitForFunction((id) => (window as any).explorerGraph.cy.getElementById(id).hasClass('active'), along.id, { timeout: 2_000 })
          .then(
            () => true,
            () => false,
          );
        if (found) break;
      }
      expect(found).toBe(true);
      await page.waitForSelector('#evidence-sentence', WAIT);
      expect(await page.locator('#evidence-sentence').innerText()).toContain('Chỉ thị số 05, ngày 28/01/2020 của Thủ tướng Chính phủ');
      // The words read are marked in their sentence.
      await page.waitForSelector('#evidence-sentence mark.quote', WAIT);
      expect(await page.locator('#evidence-sentence mark.quote').innerText()).toBe('Chỉ thị số 05, ngày 28/01/2020 của Thủ tướng Chính phủ');
      expect(await page.locator('#evidence .rel').innerText()).toMatch(/trích dẫn → Chỉ thị 05\/CT-TTg/);
      await h.shot(page, 'edge-evidence');
      await page.locator('#evidence-article').click();
      await page.waitForSelector('mark.target', WAIT);
      expect(await page.locator('mark.target').innerText()).toMatch(/Chỉ thị số 05, ngày 28\/01\/2020 của Thủ tướng Chính phủ/);
    },
    SLOW,
  );

  it(
    'the graph by keyboard: the relationship list shows evidence on focus, the node list expands',
    async () => {
      const page = await h.page();
      await open(page, '#node=CT-5-TTg', 'node');
      await page.waitForSelector('#graph[data-nodes]', WAIT);
      await page.locator('.graph-lists summary').focus();
      await page.keyboard.press('Enter');
      await page.locator('#graph-edges button').first().focus();
      await page.waitForSelector('#evidence .rel', WAIT);
      const before = Number(await page.locator('#graph').getAttribute('data-nodes'));
      await page
        .getByRole('button', { name: /^Mở rộng: Hội nghị/ })
        .first()
        .focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => Number(document.getElementById('graph')?.dataset.nodes) > n, before, WAIT);
    },
    SLOW,
  );

  it(
    "a meeting's page: the article text with the cited passages highlighted, each a link to what it cites",
    async () => {
      const page = await h.page();
      await open(page, '#node=CT-5-TTg', 'node');
      const meetingHref = await page.locator('main h3 + ul.list li a').first().getAttribute('href');
      await open(page, meetingHref!, 'node');
      await page.waitForSelector('.article-text mark.citation', WAIT);
      const cited = await page.locator('.article-text mark.citation').allInnerTexts();
      const citations = await page
        .locator(
          'main ul.list li a[href^="#node=CT"], main ul.list li a[href^="#node=NQ"], main ul.list li a[href^="#node=K"], main ul.list li a[href^="#node=CV"]',
        )
        .count();
      expect(cited.length).toBeGreaterThanOrEqual(7);
      expect(citations).toBeGreaterThanOrEqual(7);
      expect(cited).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Chỉ thị số 05, ngày 28\/01\/2020 của Thủ tướng Chính phủ$/),
          expect.stringMatching(/^Nghị quyết số 29/),
        ]),
      );
      expect(await page.locator('.article-text mark.participant').allInnerTexts()).toEqual(expect.arrayContaining(['Bùi Thiện Tâm', 'Trần Bá Phước']));
      expect(await page.locator('.article-text mark.citation a').first().getAttribute('href')).toMatch(/^#node=/);
      // In the list of citations, a sentence citing five directives has the words of each marked.
      const grouped = page.locator('main ul.list li blockquote', { hasText: 'Công văn số 79' });
      await grouped.locator('mark.quote').nth(4).waitFor(WAIT);
      expect(await grouped.locator('mark.quote').allInnerTexts()).toEqual(
        expect.arrayContaining(['Công văn số 79, ngày 29/01/2020 của Ban Bí thư Trung ương Đảng', 'Chỉ thị số 05, ngày 28/01/2020 của Thủ tướng Chính phủ']),
      );
      await page.locator('.article-text mark.citation').first().scrollIntoViewIfNeeded();
      await h.shot(page, 'meeting-article');
      await h.shot(page, 'meeting', true);
    },
    SLOW,
  );

  it(
    'connections: paths between two chosen nodes, drawn and listed',
    async () => {
      const page = await h.page();
      await open(page, '', 'start');
      await page.getByRole('link', { name: 'Liên kết giữa hai nút' }).click();
      await shown(page, 'connections');
      const from = page.getByRole('combobox', { name: 'Từ' });
      await from.pressSequentially('chi thi 05 ttg', { delay: 20 });
      await page.locator('[role=listbox]:visible [role=option]', { hasText: '05/CT-TTg' }).first().click();
      expect(await from.inputValue()).toMatch(/^CT-5-TTg/);
      await page.getByRole('combobox', { name: 'Đến' }).fill('NQ-29-TW');
      await page.getByRole('button', { name: 'Xem liên kết' }).click();
      await page.waitForSelector('#paths li', WAIT);
      await page.waitForSelector('#graph[data-nodes]', WAIT);
      expect(await page.locator('#paths-count').innerText()).toMatch(/^\d+ đường nối$/);
      const first = await page.locator('#paths li .path').first().innerText();
      expect(first).toMatch(/Chỉ thị 05\/CT-TTg/);
      expect(first).toMatch(/Nghị quyết NQ-29-TW|Nghị quyết 29/);
      await h.shot(page, 'connections', true);
    },
    SLOW,
  );

  it(
    'labels switch between Vietnamese and English, and the choice is kept',
    async () => {
      const page = await h.page();
      await open(page, '#node=CT-5-TTg', 'node');
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForFunction(
        () => document.documentElement.lang === 'en' && document.querySelector('#graph-title')?.textContent === 'Neighbourhood graph',
        null,
        WAIT,
      );
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('label[for=q]').innerText()).toBe('Search');
      await page.waitForSelector('#chart-year[data-drawn]', WAIT);
      expect(await page.locator('#chart-year figcaption').innerText()).toBe('Meetings citing it, by year');
      await h.shot(page, 'directive-en');
      await page.reload();
      await shown(page, 'node');
      expect(await page.locator('#graph-title').innerText()).toBe('Neighbourhood graph');
    },
    SLOW,
  );

  it(
    'keyboard: the skip link comes first and every control has a label',
    async () => {
      const page = await h.page();
      await open(page, '', 'start');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung');
      await open(page, '#from=CT-5-TTg&to=NQ-29-TW&hops=3', 'connections');
      const unlabeled = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, button')]
          .filter((el) => {
            const id = el.getAttribute('id');
            const label = id ? document.querySelector(`label[for="${id}"]`) : null;
            return !label && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim();
          })
          .map((el) => el.outerHTML),
      );
      expect(unlabeled).toEqual([]);
    },
    SLOW,
  );

  it('at 390 px wide nothing scrolls sideways and the graph still fits', async () => {
    const page = await h.page({ width: 390, height: 844 });
    await open(page, '#node=CT-5-TTg', 'node');
    await page.waitForSelector('#graph[data-nodes]', WAIT);
    await page.waitForSelector('#chart-place[data-drawn]', WAIT);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      graph: document.getElementById('graph')!.getBoundingClientRect().width,
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.graph).toBeGreaterThan(300);
    await h.shot(page, 'mobile-directive', true);
  });
});
