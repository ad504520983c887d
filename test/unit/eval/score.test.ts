import { compare, itemsOf, prf, scoreDocument } from '../../../src/eval/score.js';
import type { ContractDocument } from '../../../src/core/extraction.js';

const doc = (over: Partial<ContractDocument>): ContractDocument => ({
  source: 'a.txt',
  title: null,
  publishedOn: null,
  authors: [],
  meetings: [],
  people: [],
  organizations: [],
  directives: [],
  ...over,
});

describe('compare', () => {
  it('matches NFC, case-insensitively, whitespace-normalised, as sets', () => {
    const decomposed = 'Ban Tuye\u0302n gia\u0301o  Tỉnh ủy';
    const c = compare([decomposed, 'ban tuyên giáo tỉnh ủy', 'Sở Nội vụ'], ['Ban Tuyên giáo Tỉnh ủy', 'Huyện ủy']);
    expect(c).toMatchObject({ tp: 1, fp: 1, fn: 1, missing: ['huyện ủy'], extra: ['sở nội vụ'] });
  });
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: expect.closeTo(2 / 3, 5) });
  });
  it('treats nothing asserted and nothing expected as perfect', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('itemsOf / scoreDocument', () => {
  const meeting = {
    title: 'Hội nghị sơ kết',
    date: '2022-01-05',
    period: null,
    organizers: [],
    place: null,
    participants: [{ name: 'Ngô Văn Bình', role: 'chair' as const }],
    cites: ['CT-8-TW'],
  };
  const gold = doc({
    publishedOn: '2022-01-06',
    authors: ['Hà My'],
    meetings: [meeting],
    people: [{ name: 'Ngô Văn Bình', positions: ['Bí thư Huyện ủy'] }],
    organizations: [{ name: 'Huyện ủy', place: 'Yên Lạc' }],
  });

  it('keys positions by person, organizations by place, dates by kind', () => {
    expect(itemsOf(gold, 'positions')).toEqual(['Ngô Văn Bình | Bí thư Huyện ủy']);
    expect(itemsOf(gold, 'organizations')).toEqual(['Huyện ủy | Yên Lạc']);
    expect(itemsOf(gold, 'dates')).toEqual(['meeting 2022-01-05', 'published 2022-01-06']);
    expect(itemsOf(gold, 'participants')).toEqual(['Ngô Văn Bình | chair']);
  });

  it('counts meetings found apart from their titles', () => {
    const predicted = doc({
      ...gold,
      meetings: [
        { ...meeting, title: 'Hội nghị' },
        { ...meeting, title: 'Lễ hội' },
      ],
    });
    const s = scoreDocument(predicted, gold);
    expect(s.meetings).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(s.meetingsFound).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(scoreDocument(doc({}), gold).meetingsFound).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('scores where meetings were held apart from their titles, a meeting with no place asserting none', () => {
    const held = doc({
      ...gold,
      meetings: [
        { ...meeting, place: 'Yên Lạc' },
        { ...meeting, title: 'Hội thảo' },
      ],
    });
    expect(itemsOf(held, 'places')).toEqual(['meeting Yên Lạc']);
    expect(scoreDocument(doc({ ...held, meetings: [{ ...meeting, title: 'Hội nghị', place: 'Yên Lạc' }] }), held).places).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 0,
    });
    expect(scoreDocument(gold, held).places).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(scoreDocument(doc({ ...held, meetings: [{ ...meeting, place: 'Hà Nội' }] }), held).places).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts an organization with the wrong place as one extra and one missing', () => {
    const s = scoreDocument(doc({ ...gold, organizations: [{ name: 'Huyện ủy', place: null }] }), gold);
    expect(s.organizations).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.citations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
