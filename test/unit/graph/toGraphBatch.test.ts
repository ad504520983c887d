import { toGraphBatch } from '../../../src/graph/toGraphBatch.js';
import { documentId } from '../../../src/graph/ids.js';
import { fold, slug } from '../../../src/core/fold.js';
import { isNationalKey } from '../../../src/graph/directiveScope.js';
import { districtMeeting, olderTermCitation } from '../../fixtures/extractions.js';

describe('fold', () => {
  it('drops diacritics and case, đ included', () => {
    expect(fold('Chỉ thị 05-CT/TW')).toBe('chi thi 05-ct/tw');
    expect(fold('  Đồng chí  Lê Hữu Thọ ')).toBe('dong chi le huu tho');
    expect(slug('Ban Tuyên giáo Huyện ủy')).toBe('ban-tuyen-giao-huyen-uy');
  });
});

describe('toGraphBatch', () => {
  const x = districtMeeting('Tịnh Biên');
  const batch = toGraphBatch(x);
  const docId = documentId(x.text);

  it('ids documents by content and meetings by document', () => {
    expect(batch.documents.map((d) => d.id)).toEqual([docId]);
    expect(docId).toMatch(/^doc:[0-9a-f]{16}$/);
    expect(batch.meetings.map((m) => m.id)).toEqual([`${docId}/m0`]);
    expect(batch.reports).toEqual([expect.objectContaining({ from: docId, to: `${docId}/m0` })]);
  });

  it('adds the era to a directive id when it is known', () => {
    expect(batch.directives.map((d) => d.id)).toContain('CT-5-TW@2016');
    expect(toGraphBatch(olderTermCitation()).directives.map((d) => d.id)).toEqual(['CT-5-TW@1997']);
  });

  it('scopes local directives by place: two districts number their plans alike', () => {
    expect(batch.directives.map((d) => d.id).sort()).toEqual(['CT-5-TW@2016', 'KH-12-HU~tinh-bien']);
    const other = toGraphBatch(districtMeeting('Tri Tôn')).directives.map((d) => d.id);
    expect(other).toContain('KH-12-HU~tri-ton');
    expect(other).toContain('CT-5-TW@2016');
  });

  it('tells national keys from local ones', () => {
    expect(['CT-5-TW', 'NQ-42-CP', 'CT-16-TTg', 'NQ-DH-XIII', 'NQ-TW4-XII', 'NQ-DHCACCAP-2015-2020'].every(isNationalKey)).toBe(true);
    expect(['KH-110-HU', 'NQ-DHTINH-XVIII', 'CT-5-?', 'KH-25-UBND'].some(isNationalKey)).toBe(false);
  });

  it('scopes local bodies by place and national bodies not at all', () => {
    const ids = batch.organizations.map((o) => o.id);
    expect(ids).toContain('org:ban-tuyen-giao-huyen-uy@tinh-bien');
    expect(ids).toContain('org:bo-chinh-tri');
    const placeless = toGraphBatch(olderTermCitation()).organizations.find((o) => o.props.name === 'Tỉnh ủy');
    expect(placeless?.id).toMatch(/^org:tinh-uy#[0-9a-f]{16}$/);
  });

  it('places a person by the organizations they hold positions in', () => {
    expect(batch.people.map((p) => p.id)).toEqual(['person:nguyen-van-an@tinh-bien']);
    expect(batch.holds).toEqual([expect.objectContaining({ title: 'Phó Bí thư', to: 'org:huyen-uy@tinh-bien' })]);
  });

  it('keeps evidence that points into the text on every relationship', () => {
    const rels = [...batch.cites, ...batch.participated, ...batch.holds, ...batch.issuedBy, ...batch.implements, ...batch.organized];
    expect(rels.length).toBeGreaterThan(0);
    for (const r of rels) {
      expect(r.documentId).toBe(docId);
      expect(x.text.slice(Number(r.props.start), Number(r.props.end))).toBe(
        r.props.sentence ?? x.text.slice(Number(r.props.sentenceStart), Number(r.props.sentenceEnd)),
      );
    }
  });

  it('leaves nulls out of properties so a vaguer mention never erases a fact', () => {
    const plan = batch.directives.find((d) => d.id === 'KH-12-HU~tinh-bien');
    expect(plan?.props).not.toHaveProperty('subject');
    expect(plan?.date).toBeNull();
  });
});
