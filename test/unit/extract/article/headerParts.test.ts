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
  it('reads "Tin: A; Ảnh: B" as two authors', () => {
    expect(parseByline('Tin: Minh Anh; Ảnh: Quốc Huy')).toEqual(['Minh Anh', 'Quốc Huy']);
  });
});
