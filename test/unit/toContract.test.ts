import { toContract } from '../../src/core/toContract.js';
import type { Extraction } from '../../src/core/extraction.js';

const ev = { start: 0, end: 5, sentence: 'Ngày 1/1' };

describe('toContract', () => {
  it('drops evidence and internal fields and dedupes cites', () => {
    const x: Extraction = {
      source: 'a.txt',
      text: 'Ngày 1/1',
      title: 'T',
      publishedOn: null,
      authors: ['A'],
      meetings: [
        {
          title: 'Hội nghị',
          date: '2020-01-01',
          period: { year: 2020, part: 'Q1' },
          organizers: ['Tỉnh ủy'],
          place: null,
          participants: [{ name: 'B', role: 'chair', evidence: ev }],
          citations: [
            { key: 'CT-5-TW', evidence: ev },
            { key: 'CT-5-TW', evidence: ev },
          ],
          evidence: ev,
        },
      ],
      people: [{ name: 'B', positions: [{ text: 'Bí thư Tỉnh ủy', title: 'Bí thư', organization: 'Tỉnh ủy', evidence: ev }], evidence: ev }],
      organizations: [{ name: 'Tỉnh ủy', place: null, scope: 'local', evidence: ev }],
      directives: [
        {
          key: 'CT-5-TW',
          kind: 'Chỉ thị',
          number: '05',
          symbol: '05-CT/TW',
          issuer: null,
          issuedOn: null,
          subject: null,
          era: '2016',
          implements: [],
          evidence: ev,
        },
      ],
    };
    const c = toContract(x);
    expect(c.meetings[0]?.cites).toEqual(['CT-5-TW']);
    expect(c.people[0]).toEqual({ name: 'B', positions: ['Bí thư Tỉnh ủy'] });
    expect(c.organizations[0]).toEqual({ name: 'Tỉnh ủy', place: null });
    expect(Object.keys(c.directives[0] ?? {})).not.toContain('era');
  });
});
