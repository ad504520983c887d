import { emptyBatch } from '../../src/graph/GraphBatch.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { emptyStore } from '../fixtures/testEngine.js';

// A batch of many articles names a hub (an organization, a directive, a place) once per article; GraphStore.upsert
// sends one row per node, which must leave the node as the rows one after the other would: later properties
// winning, a known value never erased, a later undated row keeping an earlier date, and the node counted once.

describe('a node given several times in one batch', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await emptyStore();
  });
  afterAll(() => store.close());

  it('is stored once, with the properties of its rows merged in order', async () => {
    const org = 'org:ubnd-tinh-an-giang';
    await store.upsert({
      ...emptyBatch(),
      organizations: [
        { id: org, props: { name: 'Ủy ban nhân dân tỉnh An Giang', folded: 'uy ban nhan dan tinh an giang', scope: 'local' } },
        { id: 'org:other', props: { name: 'Huyện ủy Tri Tôn', folded: 'huyen uy tri ton' } },
        { id: org, props: { name: 'Ủy ban nhân dân tỉnh An Giang', folded: 'uy ban nhan dan tinh an giang', place: 'An Giang' } },
      ],
      directives: [
        { id: 'CT-3-TU@2018', date: '2018-01-02', props: { key: 'CT-3-TU', kind: 'Chỉ thị', folded: 'chi thi 3 ct tu', subject: 'cũ' } },
        { id: 'CT-3-TU@2018', date: null, props: { key: 'CT-3-TU', kind: 'Chỉ thị', folded: 'chi thi 3 ct tu moi', subject: 'mới' } },
      ],
    });
    const [stored, other] = await store.nodesByIds('Organization', [org, 'org:other']);
    expect(stored).toMatchObject({ name: 'Ủy ban nhân dân tỉnh An Giang', scope: 'local', place: 'An Giang' });
    expect(other).toMatchObject({ name: 'Huyện ủy Tri Tôn' });
    const [directive] = await store.nodesByIds('Directive', ['CT-3-TU@2018']);
    expect(directive).toMatchObject({ subject: 'mới', folded: 'chi thi 3 ct tu moi', issuedOn: '2018-01-02', citations: 0 });
    const { labels } = await store.stats();
    expect(labels.Organization).toBe(2);
    expect(labels.Directive).toBe(1);
    // Counted once in its name bucket: the name-ordered list gives it once.
    expect(labels.OrganizationName).toBe(2);
  });
});
