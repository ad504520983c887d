import { probes, queryWords, rankHits, scoreNode, withinOneEdit } from '../../src/graphql/search/rankHits.js';

const node = (id: string, folded: string) => ({ id, folded });

describe('search ranking', () => {
  it('folds the query like node text', () => {
    expect(queryWords('Chỉ thị 05-CT/TW')).toEqual(['chi', 'thi', '05', 'ct', 'tw']);
    expect(queryWords('  LÊ HỮU THỌ ')).toEqual(['le', 'huu', 'tho']);
    expect(queryWords('Đảng')).toEqual(['dang']);
  });

  it('probes numbers both ways and fragments only when asked', () => {
    expect(probes(['chi', 'thi', '5'], false)).toEqual(['chi', 'thi', '5', '05']);
    expect(probes(['quyett'], true)).toEqual(['quyett', 'quy', 'ett']);
  });

  it('forgives one edit in longer words', () => {
    expect(withinOneEdit('quyet', 'quyett')).toBe(true);
    expect(withinOneEdit('quyet', 'qyuet')).toBe(true);
    expect(withinOneEdit('quyet', 'quyte')).toBe(true);
    expect(withinOneEdit('quyet', 'qiet')).toBe(false);
  });

  it('puts the whole phrase and the short name first', () => {
    const hits = rankHits(queryWords('chi thi 05'), [
      node('m', 'hoi nghi quan triet chi thi so 12 va 05 ke hoach'),
      node('CT-5-TW', 'chi thi 05 05-ct/tw ct-5-tw day manh hoc tap'),
      node('CT-10-TW', 'chi thi 10 10-ct/tw ct-10-tw'),
    ]);
    expect(hits.map((h) => h.node.id)).toEqual(['CT-5-TW', 'm', 'CT-10-TW']);
    expect(scoreNode(queryWords('chi thi 5'), node('x', 'chi thi 05 05-ct/tw'))).toBeGreaterThan(1.5);
    expect(scoreNode(queryWords('nghi quyet'), node('y', 'ke hoach 110'))).toBeNull();
  });
});
