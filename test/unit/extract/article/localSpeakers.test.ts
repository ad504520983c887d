// Speakers and chairs of local reports (describedSpeakers.ts, voters.ts, roles.json, titles.json):
// a speaker described with no official title, a voter, a bridge point's chair, the Government
// Inspector General. Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { findMentions } from '../../../../src/extract/article/people.js';
import { assignRoles } from '../../../../src/extract/article/roles.js';
import { sentenceSpans } from '../../../../src/extract/article/sentences.js';

const roles = (text: string): string[] => {
  const doc = makeDoc(text);
  return assignRoles(doc, findMentions(doc, 0, text.length), sentenceSpans(text)).flatMap((h) => h.roles.map((r) => `${h.mention.name}:${r}`));
};
const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));

describe('a speaker described by words no title reader takes', () => {
  it('a farmer or a group’s head after "-" or ",": "cho biết", "đề nghị" are speech', () => {
    expect(roles('Ông Phan Văn Bảy- Tổ hợp tác nuôi cá ở xã An Hòa cho biết, tổ còn tồn 80 tấn cá.')).toEqual(['Phan Văn Bảy:spoke']);
    expect(roles('Ông Nguyễn Văn Minh, một nông dân ở xã Tân Hòa, đề nghị tỉnh hỗ trợ giống.')).toEqual(['Nguyễn Văn Minh:spoke']);
  });
  it('the rest of a title past a bracketed abbreviation does not drop the verb', () => {
    expect(roles('Ông Lê Văn Tâm- Giám đốc Ngân hàng nhà nước (NHNN) tỉnh Bến Tre cho biết, vốn vay đã giải ngân.')).toEqual(['Lê Văn Tâm:spoke']);
  });
  it('only a speech verb: a description before "dự" or another clause gives nothing', () => {
    expect(roles('Ông Nguyễn Văn Minh, một nông dân ở xã Tân Hòa, dự hội nghị.')).toEqual([]);
    expect(roles('Ông Nguyễn Văn Minh, một nông dân ở xã Tân Hòa, là người nuôi cá giỏi nên được mời, cho biết thêm.')).toEqual([]);
  });
  it('"nói" and "đề xuất" are speech; "nói chuyện" is not', () => {
    expect(roles('Ông Lê Văn Tâm (xã An Hòa) nói: giá heo giảm mạnh.')).toEqual(['Lê Văn Tâm:spoke']);
    expect(roles('Ông Lê Văn Tâm, Chủ tịch Hội Nông dân tỉnh đề xuất giảm lãi vay.')).toEqual(['Lê Văn Tâm:spoke']);
    expect(roles('Ông Lê Văn Tâm, Chủ tịch Hội Nông dân tỉnh nói chuyện với bà con.')).toEqual([]);
  });
  // Admitting is saying: test/gold-local/README.md (21510070) answers spoke (data/article/roles.json).
  it('"thừa nhận" is speech, "cũng" before it too', () => {
    expect(roles('Ông Lê Văn Tâm - Phó Chánh Thanh tra tỉnh cũng thừa nhận đây là vụ việc kéo dài.')).toEqual(['Lê Văn Tâm:spoke']);
  });
});

describe('a voter named at a meeting with the electorate', () => {
  it('"Cử tri <Name> (phường …) cho biết" is a person with no positions, who spoke', () => {
    expect(roles('Cử tri Trần Văn Lộc (phường Hòa Thuận) cho biết, cử tri rất lo lắng.')).toEqual(['Trần Văn Lộc:spoke']);
    const doc = read(
      'Tiếp xúc cử tri quận Hải Châu',
      'Sáng 21/6, Tổ đại biểu HĐND thành phố đã tiếp xúc cử tri quận Hải Châu. Cử tri Trần Văn Lộc (phường Hòa Thuận) cho biết, dự án cầu chậm tiến độ.',
    );
    expect(doc.people).toContainEqual({ name: 'Trần Văn Lộc', positions: [] });
  });
  it('the electorate of a place is no one: "cử tri quận Hải Châu", "cử tri Hà Nội"', () => {
    expect(findMentions(makeDoc('Cử tri Hà Nội và cử tri quận Hải Châu kiến nghị nhiều vấn đề.'), 0, 60).map((m) => m.name)).toEqual([]);
  });
});

describe('online conferences and national offices', () => {
  it('"điều hành điểm cầu X", "chủ trì tại điểm cầu X": chair', () => {
    expect(roles('Phó Chủ tịch UBND tỉnh Lê Văn Tâm điều hành điểm cầu Sơn La.')).toEqual(['Lê Văn Tâm:chair']);
    expect(roles('Ông Lê Văn Tâm, Chủ tịch UBND tỉnh chủ trì tại điểm cầu Sơn La.')).toEqual(['Lê Văn Tâm:chair']);
  });
  it('"Tổng Thanh tra Chính phủ" is an office: the second chair is found', () => {
    expect(roles('Phó Thủ tướng Lê Văn Tâm và Tổng Thanh tra Chính phủ Trần Văn Lộc chủ trì hội nghị.')).toEqual(['Lê Văn Tâm:chair', 'Trần Văn Lộc:chair']);
    const doc = read('Hội nghị ngành thanh tra', 'Sáng 5/7/2019, Phó Thủ tướng Lê Văn Tâm và Tổng Thanh tra Chính phủ Trần Văn Lộc chủ trì hội nghị.');
    expect(doc.people).toContainEqual({ name: 'Trần Văn Lộc', positions: ['Tổng Thanh tra Chính phủ'] });
    expect(doc.organizations).toContainEqual({ name: 'Thanh tra Chính phủ', place: null });
  });
  it('"Tổng Thanh tra" without "Chính phủ" names no body of the person’s name', () => {
    const doc = read('Tin', 'Tổng Thanh tra Trần Văn Lộc cho biết thêm.');
    expect(doc.organizations.map((o) => o.name)).not.toContain('Thanh tra Trần Văn Lộc');
    expect(doc.people.flatMap((p) => p.positions)).toEqual([]);
  });
});
