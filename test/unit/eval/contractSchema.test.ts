import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContractDocument } from '../../../src/eval/contractSchema.js';

const valid = () => ({
  source: 'a.txt',
  title: 'Hội nghị',
  publishedOn: null,
  authors: ['Hà My'],
  meetings: [
    {
      title: 'Hội nghị sơ kết',
      date: '2022-01-05',
      period: { year: 2022, part: 'H1' },
      organizers: ['Huyện ủy'],
      place: 'Yên Lạc',
      participants: [{ name: 'Ngô Văn Bình', role: 'chair' }],
      cites: ['CT-8-TW', 'NQ-30a-CP'],
    },
  ],
  people: [{ name: 'Ngô Văn Bình', positions: ['Bí thư Huyện ủy'] }],
  organizations: [{ name: 'Huyện ủy', place: 'Yên Lạc' }],
  directives: [
    { key: 'CT-8-TW', kind: 'Chỉ thị', number: '08', symbol: '08-CT/TW', issuer: 'Ban Bí thư', issuedOn: null, subject: null },
    { key: 'NQ-30a-CP', kind: 'Nghị quyết', number: '30a', symbol: '30a/2008/NQ-CP', issuer: 'Chính phủ', issuedOn: '2008-12-27', subject: null },
  ],
});

describe('parseContractDocument', () => {
  it('accepts a document of the contract', () => {
    expect(parseContractDocument(valid(), 'a.json').meetings[0]!.cites).toEqual(['CT-8-TW', 'NQ-30a-CP']);
  });

  it.each([
    [
      'an unknown role',
      (d: any) => {
        d.meetings[0].participants[0].role = 'host';
      },
      'participants.0.role',
    ],
    [
      'a day that does not exist',
      (d: any) => {
        d.meetings[0].date = '2021-02-30';
      },
      'not an existing ISO date',
    ],
    [
      'a citation of an unlisted directive',
      (d: any) => {
        d.meetings[0].cites.push('KL-51-TW');
      },
      'cites KL-51-TW',
    ],
    [
      'an organizer not among the organizations',
      (d: any) => {
        d.meetings[0].organizers.push('Ban Dân vận');
      },
      'organizer Ban Dân vận',
    ],
    [
      'a participant not among the people',
      (d: any) => {
        d.meetings[0].participants.push({ name: 'Lê An', role: 'spoke' });
      },
      'participant Lê An',
    ],
    [
      'a kind outside the contract',
      (d: any) => {
        d.directives[0].kind = 'Tờ trình';
      },
      'directives.0.kind',
    ],
    [
      'a field the contract does not have',
      (d: any) => {
        d.meetings[0].evidence = 'câu';
      },
      'evidence',
    ],
    [
      'a decomposed (non-NFC) string',
      (d: any) => {
        d.people[0].name = 'Ngo\u0302 Văn Bình';
      },
      'not NFC',
    ],
    [
      'a key listed twice',
      (d: any) => {
        d.directives.push({ ...d.directives[0] });
      },
      'listed twice',
    ],
  ])('refuses %s, naming the file and the problem', (_what, spoil, problem) => {
    const d = valid();
    spoil(d);
    expect(() => parseContractDocument(d, 'x/b.json')).toThrow(/x\/b\.json/);
    expect(() => parseContractDocument(d, 'x/b.json')).toThrow(problem);
  });

  // The answer files in the repository are what the eval trusts: each must have the contract's shape.
  const answerDirs = ['test/gold', 'test/gold-genre'];
  const files = answerDirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(dir, f)),
  );
  it.each(files)('%s has the shape of the contract and names its article', (file) => {
    const doc = parseContractDocument(JSON.parse(readFileSync(file, 'utf8')), file);
    expect(file.endsWith(doc.source.replace(/\.txt$/, '.json'))).toBe(true);
  });
});
