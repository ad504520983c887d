import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleText } from '../src/ingest/ingestTexts.js';

const PLACES = ['Tịnh Biên', 'Tri Tôn', 'Phổ Yên', 'Hà Tĩnh', 'Ninh Hòa', 'Châu Đốc', 'Long Xuyên', 'Thoại Sơn', 'Chợ Mới', 'Phú Tân'];

/**
 * The seeds, then a stream of distinct articles of the genre, made from the
 * seeds by changing places, days, years and document numbers: each one is new
 * text (a new Document), generated lazily so the corpus is never held in memory.
 */
export function* syntheticArticles(seedsDir: string, count: number): Generator<ArticleText> {
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length] ?? '';
    // The seeds themselves come first, so the example operations (which name seed facts) have answers.
    if (i < seeds.length) {
      yield { source: `seed-${i}.txt`, text: seed };
      continue;
    }
    const place = PLACES[i % PLACES.length] ?? 'Tịnh Biên';
    const year = 2010 + (i % 14);
    const text = seed
      .replace(/Tịnh Biên|Phổ Yên|Hà Tĩnh/g, place)
      .replace(/\b(20\d\d)\b/g, String(year))
      .replace(/số (\d+)/g, (_m, n: string) => `số ${(Number(n) + (i % 50)).toString()}`)
      // The serial on the first line keeps every article distinct (text after the by-line may be cut as page furniture).
      .replace(/\n/, ` (${i})\n`);
    yield { source: `synthetic-${i}.txt`, text };
  }
}
