// Rules from the fourth held-out batches' misses (people, positions, authors), each on invented sentences.
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { findMentions } from '../../../../src/extract/article/people.js';
import { positionText } from '../../../../src/extract/article/positionParser.js';
import { assignRoles } from '../../../../src/extract/article/roles.js';
import { sentenceSpans } from '../../../../src/extract/article/sentences.js';
import { findByline } from '../../../../src/extract/article/authors.js';

const people = (text: string) =>
  findMentions(makeDoc(text), 0, text.length).map((m) => ({ name: m.name, positions: m.positions.map((p) => positionText(p.title, p.org?.name ?? null)) }));
const roles = (text: string) => {
  const doc = makeDoc(text);
  return assignRoles(doc, findMentions(doc, 0, text.length), sentenceSpans(text)).flatMap((h) => h.roles.map((r) => `${h.mention.name}:${r}`));
};
const authors = (text: string) => findByline(text)?.authors ?? null;

describe('national offices that name their body', () => {
  it('reads the State Auditor General (Luật Kiểm toán nhà nước 2015) and the central bank Governor before a name', () => {
    expect(people('Tổng Kiểm toán Nhà nước Lê Văn An trình bày Báo cáo kiểm toán.')).toEqual([{ name: 'Lê Văn An', positions: ['Tổng Kiểm toán Nhà nước'] }]);
    expect(people('Phó Tổng Kiểm toán nhà nước Đỗ Văn Bình dự.')).toEqual([{ name: 'Đỗ Văn Bình', positions: ['Phó Tổng Kiểm toán Nhà nước'] }]);
    expect(people('Thống đốc Ngân hàng Nhà nước Việt Nam Trần Minh Bình cho biết lãi suất sẽ giảm.')).toEqual([
      { name: 'Trần Minh Bình', positions: ['Thống đốc Ngân hàng Nhà nước Việt Nam'] },
    ]);
  });
  it('reads the Deputy Governor after the name, before a colon and a quote', () => {
    expect(people('Ông Lê An, Phó Thống đốc Ngân hàng Nhà nước Việt Nam: “Lãi suất sẽ giảm”.')).toEqual([
      { name: 'Lê An', positions: ['Phó Thống đốc Ngân hàng Nhà nước Việt Nam'] },
    ]);
  });
});

describe('offices set off by dashes before the person', () => {
  it('gives the offices before "- ông A -" to A, with the role after', () => {
    const text = 'Chủ tịch UBND tỉnh Hòa Bình - ông Nguyễn Văn An - đã chủ trì buổi làm việc.';
    expect(people(text)).toEqual([{ name: 'Nguyễn Văn An', positions: ['Chủ tịch UBND tỉnh'] }]);
    expect(roles(text)).toEqual(['Nguyễn Văn An:chair']);
  });
  it("takes the whole run of offices, not one already another person's", () => {
    expect(people('Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh - bà Trần Thị Hoa cho biết.')).toEqual([
      { name: 'Trần Thị Hoa', positions: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh'] },
    ]);
    expect(people('Dự có ông Lê Văn An, Giám đốc Sở Y tế - ông Trần Bình, Phó Giám đốc cho biết.')).toEqual([
      { name: 'Lê Văn An', positions: ['Giám đốc Sở Y tế'] },
      { name: 'Trần Bình', positions: ['Phó Giám đốc'] },
    ]);
    expect(people('Dự có nhà văn Trần Văn Khoa, Phó Chủ tịch Hội Nhà văn Việt Nam - bà Lê Thị Hương, Cục trưởng.')).toEqual([
      { name: 'Trần Văn Khoa', positions: ['Phó Chủ tịch Hội Nhà văn Việt Nam'] },
      { name: 'Lê Thị Hương', positions: ['Cục trưởng'] },
    ]);
  });
  it('joins no degrees ("GS - TS A") to the office before them', () => {
    expect(people('Thứ trưởng Bộ Y tế GS - TS Nguyễn Văn Tiến cho biết.').flatMap((m) => m.positions)).not.toContain('Thứ trưởng Bộ Y tế GS');
  });
});

describe('names that are not people', () => {
  it('reads "Bà"/"Ông" after a level word as a place name', () => {
    expect(people('Phó Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu đã chủ trì cuộc họp.')).toEqual([]);
    expect(people('Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu Nguyễn Văn Trình cho biết.')).toEqual([{ name: 'Nguyễn Văn Trình', positions: ['Chủ tịch UBND tỉnh'] }]);
    expect(people('Làm việc với tỉnh, bà Lê Thị Hoa cho biết.')).toEqual([{ name: 'Lê Thị Hoa', positions: [] }]);
    expect(people('Đó là niềm vui của nhân dân TP. Ông Trần Văn Nhân sinh năm 1960.')).toEqual([{ name: 'Trần Văn Nhân', positions: [] }]);
  });
  it('cuts a given name glued to "cho biết"', () => {
    expect(roles('Tại buổi làm việc, ông Trần Văn Minhcho biết tỉnh sẽ hỗ trợ.')).toEqual(['Trần Văn Minh:spoke']);
    expect(people('Chủ tịch UBND tỉnh Lê Văn Minhcho biết tỉnh sẽ hỗ trợ.')).toEqual([{ name: 'Lê Văn Minh', positions: ['Chủ tịch UBND tỉnh'] }]);
  });
});

describe('offices told in a career', () => {
  it('reads "có thời gian làm X" and an acting head of a division', () => {
    expect(people('Bà Lê Thị Hoa có thời gian làm Trưởng phòng GD&ĐT huyện Tân Lập.').map((m) => m.positions)).toContainEqual(['Trưởng phòng GD&ĐT huyện']);
    expect(people('Sau đó ông Trần Văn Bình được bổ nhiệm làm Quyền Trưởng phòng Nội vụ huyện.').map((m) => m.positions)).toContainEqual([
      'Quyền Trưởng phòng Nội vụ huyện',
    ]);
  });
});

describe('by-lines', () => {
  it('reads the writer of "Theo A (outlet)", none from an outlet alone', () => {
    expect(authors('Thân bài.\nTheo Lê Minh (Dân Trí)')).toEqual(['Lê Minh']);
    expect(authors('Kết thúc bài. Theo Lê Minh - Hà An (Thanh Niên)')).toEqual(['Lê Minh', 'Hà An']);
    expect(authors('Thân bài.\nTheo Dân Trí')).toBeNull();
    expect(authors('Thân bài.\nTheo Bộ Y tế (Hà Nội)')).toBeNull();
  });
  it('reads a name in capitals glued after a caption, not an abbreviation', () => {
    expect(authors('Quang cảnh trụ sở xã (ảnh: T.L) TRẦN AN')).toEqual(['TRẦN AN']);
    expect(authors('Bài viết kết thúc. ĐỖ HƯƠNG - LÊ BÌNH')).toEqual(['ĐỖ HƯƠNG', 'LÊ BÌNH']);
    expect(authors('Quang cảnh trụ sở (ảnh) TP HCM')).toBeNull();
  });
});

describe("roles of the fourth batches' conventions", () => {
  it('a concluding speech is concluded and spoke; "Kết luận hội nghị, A nêu rõ" concluded only', () => {
    expect(roles('Phát biểu kết luận hội nghị, ông Nguyễn Văn An đề nghị các sở khẩn trương.')).toEqual(['Nguyễn Văn An:concluded', 'Nguyễn Văn An:spoke']);
    expect(roles('Kết luận hội nghị, ông Nguyễn Văn An nêu rõ các sở phải khẩn trương.')).toEqual(['Nguyễn Văn An:concluded']);
    expect(roles('Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì và phát biểu kết luận hội nghị.')).toEqual([
      'Nguyễn Văn An:chair',
      'Nguyễn Văn An:concluded',
      'Nguyễn Văn An:spoke',
    ]);
  });
  it('explaining to the council and thanking at the meeting are speech', () => {
    expect(roles('Tại kỳ họp, ông Lê Văn An, Giám đốc Sở Tài chính giải trình về việc chậm giải ngân.')).toEqual(['Lê Văn An:spoke']);
    expect(roles('Thay mặt Đảng ủy, đồng chí Lê Văn An cảm ơn sự chỉ đạo của Chủ tịch nước Trần Văn Bình và hứa sẽ tiếp thu.')).toEqual(['Lê Văn An:spoke']);
    expect(roles('Bộ trưởng Lê Văn An cám ơn các đại biểu.')).toEqual(['Lê Văn An:spoke']);
  });
  it('answering the press and "chia sẻ như vậy tại buổi họp báo" are speech there', () => {
    expect(roles('Tại buổi họp báo, Thứ trưởng Lê Văn An trả lời các câu hỏi của báo chí về giá điện.')).toEqual(['Lê Văn An:spoke']);
    expect(roles('Thứ trưởng Lê Văn An chia sẻ như vậy tại buổi họp báo chiều 9/3.')).toEqual(['Lê Văn An:spoke']);
    expect(roles('Ông Lê Văn An chưa trả lời.')).toEqual([]);
  });
  it("gives no one the quoted speaker's own thanks", () => {
    expect(roles('Ông nhắc đến vụ đồng chí Lê Văn An, rất cảm ơn các bác đã đồng tình.')).toEqual([]);
  });
});

describe("people introduced by what they are honoured for, and a spokesman's body", () => {
  it('reads the people a leader visits after their descriptor', () => {
    expect(
      people('Tổng Bí thư đến thăm mẹ Việt Nam anh hùng Lê Thị An, thương binh chống Mỹ Trần Văn Bình và mẹ liệt sỹ Hoàng Thị Cúc.').map((m) => m.name),
    ).toEqual(['', 'Lê Thị An', 'Trần Văn Bình', 'Hoàng Thị Cúc']);
    expect(people('Các thương binh nặng được tặng quà.')).toEqual([]);
    expect(people('Đoàn đến Trung tâm Điều dưỡng thương binh Thuận Thành tặng quà.')).toEqual([]);
  });
  it('gives the body after ", người phát ngôn của" to the bare office before it', () => {
    expect(people('Ông Lê Văn An, Chánh Văn phòng, người phát ngôn của UBND tỉnh cho biết.')).toEqual([
      { name: 'Lê Văn An', positions: ['Chánh Văn phòng UBND tỉnh'] },
    ]);
    expect(people('Ông Lê Văn An, Giám đốc Sở Y tế, người phát ngôn của UBND tỉnh cho biết.')).toEqual([
      { name: 'Lê Văn An', positions: ['Giám đốc Sở Y tế'] },
    ]);
  });
});

describe('committees of the National Assembly with several fields', () => {
  it('reads the fields joined by commas up to "của Quốc hội", the committee named with it', () => {
    expect(people('Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội Lê Văn An phát biểu.')).toEqual([
      { name: 'Lê Văn An', positions: ['Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội'] },
    ]);
    expect(people('Ông Lê Văn An, Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội cho biết.')).toEqual([
      { name: 'Lê Văn An', positions: ['Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội'] },
    ]);
    expect(people('Ông Lê Văn An, Chủ nhiệm Ủy ban Kinh tế, Phó Chủ tịch Quốc hội cho biết.')).toEqual([
      { name: 'Lê Văn An', positions: ['Chủ nhiệm Ủy ban Kinh tế', 'Phó Chủ tịch Quốc hội'] },
    ]);
  });
});
