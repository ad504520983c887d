import { findTitle } from '../../../../src/extract/article/title.js';
import { findPublishedOn, parseDateLine } from '../../../../src/extract/article/publishedOn.js';
import { findByline, parseByline } from '../../../../src/extract/article/authors.js';

describe('findTitle', () => {
  it('takes the first headline-shaped line, skipping a lead paragraph put above it', () => {
    const text = 'Ngày 2/3, Thị ủy tổ chức hội nghị quán triệt nghị quyết.\n\nThị ủy quán triệt nghị quyết chuyên đề\n\nNội dung.';
    expect(findTitle(text)).toBe('Thị ủy quán triệt nghị quyết chuyên đề');
  });
  it('skips a date line', () => {
    expect(findTitle('14:05 02/03/2021\n\nHội nghị Ban Chấp hành Đảng bộ huyện')).toBe('Hội nghị Ban Chấp hành Đảng bộ huyện');
  });
});

describe('publishedOn', () => {
  it.each([
    ['05-11-2019 08:30', '2019-11-05'],
    ['08:30 5/11/2019', '2019-11-05'],
    ['Thứ Ba, 05/11/2019 - 08:30', '2019-11-05'],
    ['Cập nhật lúc: 08:30 - 05.11.2019', '2019-11-05'],
    ['(05/11/2019)', '2019-11-05'],
  ])('reads the date line %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });
  it('ignores a sentence that merely contains a date', () => {
    expect(parseDateLine('Ngày 05/11/2019, Huyện ủy họp')).toBeNull();
    expect(parseDateLine('31/13/2019')).toBeNull();
  });
  it('finds the first date line near the top with its offset', () => {
    const text = 'Tiêu đề bài\n\n07:15 21/08/2022\n\nNội dung';
    expect(findPublishedOn(text)).toEqual({ date: '2022-08-21', start: 13, end: 29 });
  });
});

describe('by-line', () => {
  it('splits names on dashes, commas and "và"', () => {
    expect(parseByline('Hồng Nhung – Văn Tiến')).toEqual(['Hồng Nhung', 'Văn Tiến']);
    expect(parseByline('Hồng Nhung - Văn Tiến, Thu Hà')).toEqual(['Hồng Nhung', 'Văn Tiến', 'Thu Hà']);
    expect(parseByline('Hồng Nhung và Văn Tiến')).toEqual(['Hồng Nhung', 'Văn Tiến']);
  });
  it('drops a parenthesised affiliation and a "Tin, ảnh:" label', () => {
    expect(parseByline('Lý Thu Hà (Trung tâm Truyền thông huyện)')).toEqual(['Lý Thu Hà']);
    expect(parseByline('Tin, ảnh: Đức Mạnh')).toEqual(['Đức Mạnh']);
  });
  it('rejects a sentence', () => {
    expect(parseByline('Hội nghị kết thúc trong ngày.')).toBeNull();
    expect(parseByline('Các đại biểu thảo luận sôi nổi')).toBeNull();
  });
  it('reads only the last paragraph', () => {
    const text = 'Nội dung bài viết dài.\n\nMinh Tú';
    expect(findByline(text)).toEqual({ authors: ['Minh Tú'], start: 24, end: 31 });
  });
});

describe('by-line with labels inside', () => {
  // The photographer credited after "Ảnh:" is no author (test/gold-genre/README.md, Authors).
  it('reads "Tin: A; Ảnh: B" as the writer A', () => {
    expect(parseByline('Tin: Minh Anh; Ảnh: Quốc Huy')).toEqual(['Minh Anh']);
  });
});

describe('a by-line signed with initials, glued to the body', () => {
  it('initials of one capital or a consonant digraph before the given name ("Th.Dương", "N.T.Hà")', () => {
    expect(findByline('Hội nghị bế mạc lúc 17 giờ cùng ngày. Tr.Minh \n')?.authors).toEqual(['Tr.Minh']);
    expect(findByline('Các đại biểu thống nhất thông qua nghị quyết. N.T.Hà')?.authors).toEqual(['N.T.Hà']);
  });
  it('an initial and a space before a given name in capitals', () => {
    expect(findByline('Huyện sẽ sửa xong cầu trước mùa mưa. K. LINH \n')?.authors).toEqual(['K. LINH']);
  });
  it('co-writers signing with initials, joined by a dash spaced or not ("T.Lan -M.Hùng")', () => {
    expect(findByline('Dự án sẽ giúp hợp tác xã có điều kiện phát triển… T.Lan -M.Hùng \n')?.authors).toEqual(['T.Lan', 'M.Hùng']);
    expect(findByline('Tỉnh hoàn thành kế hoạch trước tháng 10. Ng.Bình – Th.An – K.Ly')?.authors).toEqual(['Ng.Bình', 'Th.An', 'K.Ly']);
    expect(parseByline('T.Lan -M.Hùng')).toEqual(['T.Lan', 'M.Hùng']);
  });
  it('a dash after an initialled name inside a sentence is no by-line', () => {
    expect(findByline('Ý kiến của ông Ng. Văn Hải - Giám đốc Sở Tài chính được ghi nhận.')).toBeNull();
  });
  it('a sentence ending in an initialled name is no by-line', () => {
    expect(findByline('Buổi làm việc do ông Ng. Văn Hải chủ trì.')).toBeNull();
  });
});

describe('a writer credited with the outlet the story is from', () => {
  it('"Theo <writer>/<site>" names the writer, glued after a photo credit', () => {
    const text = 'Đoàn ghi nhận kiến nghị của địa phương. Ảnh: baotinh.vn Theo Minh Thư/Baotinh.vn \n';
    expect(findByline(text)?.authors).toEqual(['Minh Thư']);
    expect(parseByline('Theo Lê Văn An/Daihoi.vn')).toEqual(['Lê Văn An']);
  });
  it('an agency or outlet alone is no writer', () => {
    expect(parseByline('Theo TTXVN/Vietnam.vn')).toBeNull();
    expect(parseByline('Theo báo cáo')).toBeNull();
  });
});
