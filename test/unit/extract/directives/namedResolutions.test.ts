import { directive, keys } from './helpers.js';

describe('named resolutions', () => {
  it('keys a national congress resolution and leaves number, issuer and subject null', () => {
    const d = directive('Cán bộ học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng.', 'NQ-DH-XII');
    expect(d).toMatchObject({ kind: 'Nghị quyết', number: null, issuer: null, subject: null, symbol: null, era: 'XII' });
  });

  it('reads the term in Arabic numerals as Roman', () => {
    expect(keys('Đưa nghị quyết Đại hội 13 của Đảng vào cuộc sống.')).toEqual(['NQ-DH-XIII']);
  });

  it('keys a provincial and a district congress by level, skipping the place name', () => {
    expect(keys('Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Quảng Ngãi lần thứ XX và Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV.')).toEqual([
      'NQ-DHTINH-XX',
      'NQ-DHHUYEN-XXIV',
    ]);
  });

  it('keys congresses at all levels by the term years', () => {
    const d = directive('Đẩy mạnh thực hiện nghị quyết đại hội đảng bộ các cấp, nhiệm kỳ 2020 - 2025.', 'NQ-DHCACCAP-2020-2025');
    expect(d.era).toBe('2020-2025');
  });

  it('keys central plenum resolutions in their written forms', () => {
    expect(keys('Học tập Nghị quyết Trung ương 8 khóa XI.')).toEqual(['NQ-TW8-XI']);
    expect(keys('Triển khai Nghị quyết Hội nghị Trung ương 4 (khóa XIII) về xây dựng Đảng.')).toEqual(['NQ-TW4-XIII']);
    expect(keys('Quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa 13.')).toEqual(['NQ-TW5-XIII']);
  });

  it('marks a plenum without its term as unknown, unless the article names it elsewhere', () => {
    expect(keys('Kiểm tra việc thực hiện Nghị quyết Trung ương 4.')).toEqual(['NQ-TW4']);
    expect(keys('Học tập Nghị quyết Trung ương 4 khóa XII. Sau một năm, việc thực hiện Nghị quyết Trung ương 4 có chuyển biến.')).toEqual(['NQ-TW4-XII']);
  });

  it('reads a numbered citation and a named one in a list', () => {
    expect(keys('Gắn Chỉ thị số 05-CT/TW với Nghị quyết Trung ương 4 khóa XII.')).toEqual(['CT-5-TW', 'NQ-TW4-XII']);
  });

  it('does not take a congress above the national count without a level for a national one', () => {
    expect(keys('Thực hiện Nghị quyết Đại hội XIX.')).toEqual([]);
  });
});
