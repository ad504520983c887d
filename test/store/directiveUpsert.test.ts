import { fold } from '../../src/core/fold.js';
import { emptyBatch, type GraphBatch } from '../../src/graph/GraphBatch.js';
import { ApiStore } from '../../src/store/ApiStore.js';
import { emptyStore } from '../fixtures/testEngine.js';

// Ingest sends a directive's folded text beside its other properties and sets it only where it changed
// (upsert_directives_ingest): a directive written again with another subject must be found by its new words and
// no longer by the old ones; one written again with another issuer keeps its text and is still found; a row with no
// folded text never erases the stored one.

const ID = 'CT-12-TU@2019';

function directive(props: Record<string, unknown>, date: string | null = '2019-03-04'): GraphBatch {
  return { ...emptyBatch(), directives: [{ id: ID, date, props }] };
}

const base = { key: 'CT-12-TU', kind: 'Chỉ thị', number: '12', symbol: 'CT/TU' };
const withSubject = (subject: string, issuer = 'Tỉnh ủy') => ({
  ...base,
  subject,
  issuer,
  folded: fold(['Chỉ thị', '12', 'CT/TU', 'CT-12-TU', subject].join(' ')),
});

describe('ingest directive upsert', () => {
  let store: ApiStore;
  beforeAll(async () => {
    store = new ApiStore((await emptyStore()).engine);
  });
  afterAll(() => store.close());

  const stored = async () => (await store.nodesByIds('Directive', [ID]))[0];
  const found = async (word: string) => (await store.searchCandidates([word], ['Directive'], 10)).map((c) => c.id);

  it('keeps the folded text and the search index in step with the properties written', async () => {
    await store.upsert(directive(withSubject('phát triển rừng phòng hộ')));
    expect(await found('phong')).toEqual([ID]);
    expect((await stored())?.citations).toBe(0);

    // Another subject: the text changes with it.
    await store.upsert(directive(withSubject('chăn nuôi gia súc')));
    expect(await stored()).toMatchObject({ subject: 'chăn nuôi gia súc', folded: withSubject('chăn nuôi gia súc').folded });
    expect(await found('gia')).toEqual([ID]);
    expect(await found('phong')).toEqual([]);

    // Another issuer, the same text: the issuer changes, the text stays and is still found.
    await store.upsert(directive(withSubject('chăn nuôi gia súc', 'Ban Thường vụ Tỉnh ủy')));
    expect(await stored()).toMatchObject({ issuer: 'Ban Thường vụ Tỉnh ủy', folded: withSubject('chăn nuôi gia súc').folded });
    expect(await found('gia')).toEqual([ID]);

    // No folded text and no date in the row: neither is erased.
    await store.upsert(directive({ key: 'CT-12-TU', era: 'XV' }, null));
    expect(await stored()).toMatchObject({ era: 'XV', folded: withSubject('chăn nuôi gia súc').folded, issuedOn: '2019-03-04' });
    expect(await found('suc')).toEqual([ID]);
  });
});
