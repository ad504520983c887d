// Sixth accuracy round: a meeting day written without its year, dated from what the article
// writes of its own time. Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const dateOf = (...lines: string[]): string | null => read(...lines).meetings[0]?.date ?? null;

describe('a day written without its year', () => {
  const lead = 'Sáng 14/3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban công tác tuyên giáo.';
  it('the date line gives it, as before', () => {
    expect(dateOf('Giao ban công tác tuyên giáo', '20-03-2019 08:15', lead)).toBe('2019-03-14');
  });
  it('takes the year of the latest event the article dates, the day just after it', () => {
    expect(dateOf('Giao ban công tác tuyên giáo', lead, 'Ngày 2/2/2019, các địa phương đã tổ chức tuyên truyền rộng rãi.')).toBe('2019-03-14');
    // A month well before the event's puts the day in the next year.
    expect(dateOf('Giao ban công tác tuyên giáo', lead.replace('14/3', '14/1'), 'Trong tháng 11/2020, tỉnh đã đón nhận danh hiệu.')).toBe('2021-01-14');
    expect(dateOf('Giao ban công tác tuyên giáo', lead, 'Trong tháng 2/2019, tỉnh đã đón nhận danh hiệu.')).toBe('2019-03-14');
  });
  it('a cited document’s date, a birth, a span or a deadline is not the article’s time', () => {
    const cites = 'Hội nghị quán triệt Kế hoạch số 12-KH/TU ngày 3/5/2013 của Tỉnh ủy.';
    expect(dateOf('Giao ban công tác tuyên giáo', lead, cites)).toBeNull();
    expect(dateOf('Giao ban', lead, 'Ông Lò Văn Páo sinh ngày 2/9/1970 tại huyện Mường Tè.')).toBeNull();
    expect(dateOf('Giao ban', lead, 'Từ tháng 6/2011 đến tháng 4/2012, ông là Phó Bí thư Huyện ủy.')).toBeNull();
    expect(dateOf('Giao ban', lead, 'Các huyện hoàn thành báo cáo trước ngày 30/6/2019.')).toBeNull();
    expect(dateOf('Giao ban', lead, 'Các huyện sẽ tổng kết vào tháng 12/2019.')).toBeNull();
  });
  it('what the article says of now dates it', () => {
    expect(dateOf('Giao ban', lead, 'Số đảng viên mới tăng 12% so với cùng kỳ năm 2018.')).toBe('2019-03-14');
    expect(dateOf('Giao ban', lead, 'Chương trình thực hiện từ năm 2010 đến nay đã gần 10 năm.')).toBe('2019-03-14');
    expect(dateOf('Giao ban', lead, 'Chương trình thực hiện từ năm 2010 đến nay đã 9 năm.')).toBe('2019-03-14');
  });
  it('the period the title reviews gives the year, the next one for a year reviewed in January', () => {
    expect(dateOf('Sơ kết', 'Sáng 14/7, Huyện ủy Mường Tè tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2019.')).toBe('2019-07-14');
    expect(dateOf('Tổng kết', 'Sáng 10/1, Huyện ủy Mường Tè tổ chức Hội nghị tổng kết công tác năm 2018.', 'Hội nghị đánh giá kết quả năm 2018.')).toBe(
      '2019-01-10',
    );
    expect(dateOf('Giao ban', 'Sáng 8/1, Huyện ủy Mường Tè tổ chức Hội nghị giao ban quý IV/2018.')).toBe('2019-01-08');
  });
  it('an article that writes no year of its own gives none', () => {
    expect(dateOf('Giao ban công tác tuyên giáo', lead, 'Hội nghị đã thảo luận các giải pháp trong thời gian tới.')).toBeNull();
  });
});

describe('offices written for a class of bodies', () => {
  const orgsOf = (sentence: string) =>
    read('Hội nghị giao ban', `Sáng 9/4/2019, Ban Tuyên giáo Tỉnh ủy Lai Châu tổ chức hội nghị giao ban. ${sentence}`).organizations.map((o) => o.name);
  it('an office with a plural level after its body names no body', () => {
    expect(orgsOf('Tham dự có Bí thư Huyện ủy các huyện và Đại biểu Quốc hội chuyên trách các tỉnh.')).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });
  it('nor do the offices of a list the class closes, when their level is the class’s', () => {
    expect(
      orgsOf('Chế độ áp dụng cho Phó Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân, Trưởng đoàn Đại biểu Quốc hội chuyên trách các tỉnh, thành phố.'),
    ).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });
  it('a body of another level in the list, or one the list does not reach, stays', () => {
    expect(orgsOf('Tham dự có Bí thư Tỉnh ủy, Chủ tịch UBND các huyện.')).toContain('Tỉnh ủy');
    expect(orgsOf('Tham dự có Bộ trưởng Bộ Y tế, Giám đốc Sở Y tế các tỉnh.')).toContain('Bộ Y tế');
    expect(orgsOf('Huyện ủy Mường Tè đã làm việc với các huyện.')).toContain('Huyện ủy');
  });
});

describe('photo captions', () => {
  it('a caption, its credit after it, names no meeting', () => {
    const c = read(
      'Doanh nghiệp được tháo gỡ vướng mắc về thuế',
      'Bộ trưởng Bộ Tài chính Lê Văn Hòa chủ trì họp báo - Ảnh: VGP Nhiều kiến nghị đã được giải đáp trong buổi sáng.',
    );
    expect(c.meetings.map((m) => m.title)).toEqual([]);
  });
  it('a credit glued before a clause is no organizer; the report’s own opening names the meeting', () => {
    const c = read(
      'Thủ tướng muốn ngành cà phê vươn xa',
      'Sáng nay (9/3), phát biểu kết luận Hội nghị phát triển ngành cà phê Việt Nam tại Đắk Lắk, Thủ tướng Lê Minh Quân nêu rõ mục tiêu của ngành.',
      'Thủ tướng kết luận tại Hội nghị. Ảnh: VGP/Lê Sơn Phát biểu tại Hội nghị, các đại biểu bày tỏ phấn khởi.',
    );
    expect(c.meetings.map((m) => m.title)).toEqual(['Hội nghị phát triển ngành cà phê Việt Nam']);
  });
  it('a credit before a dated lead leaves the lead as it is', () => {
    const c = read('Giao ban', 'Quang cảnh hội nghị. Ảnh: Văn Sơn Sáng 9/4/2019, Huyện ủy Mường Tè tổ chức hội nghị giao ban công tác dân vận.');
    expect(c.meetings.map((m) => [m.title, m.date])).toEqual([['Hội nghị giao ban công tác dân vận', '2019-04-09']]);
  });
});
