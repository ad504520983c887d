// Extraction time against input size for long, crowded inputs (every paragraph a
// meeting lead with a person and a citation): shows how far from linear the
// extractor is up to MAX_ARTICLE_CHARS, where longer input is refused.
// Written to bench/results/hostile.json; never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { extractArticle, MAX_ARTICLE_CHARS } from '../src/extract/extractArticle.js';

const para = (i: number) =>
  `Ngày ${1 + (i % 28)}/3/2021, Ban Tuyên giáo Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số ${i}-CT/TW của Bộ Chính trị về công tác khoa giáo. ` +
  `Đồng chí Nguyễn Văn An${i}, Phó Bí thư Huyện ủy chủ trì hội nghị.`;

const rows: Array<{ layout: string; chars: number; ms: number; directives: number; people: number }> = [];
for (const n of [50, 100, 200, 400, 500]) {
  for (const [layout, sep] of [
    ['one line', ' '],
    ['paragraphs', '\n\n'],
  ] as const) {
    const text = Array.from({ length: n }, (_, i) => para(i)).join(sep);
    if (text.length > MAX_ARTICLE_CHARS) continue;
    const t = performance.now();
    const x = extractArticle('hostile.txt', text);
    rows.push({ layout, chars: text.length, ms: performance.now() - t, directives: x.directives.length, people: x.people.length });
  }
}
const out = join(fileURLToPath(new URL('./results/', import.meta.url)), 'hostile.json');
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), maxArticleChars: MAX_ARTICLE_CHARS, rows }, null, 2) + '\n');
for (const r of rows) console.log(`${r.layout.padEnd(10)} ${String(r.chars).padStart(7)} chars ${r.ms.toFixed(0).padStart(6)} ms`);
console.log(`→ ${out}`);
