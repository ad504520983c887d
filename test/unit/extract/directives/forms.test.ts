import { directive, keys, run } from './helpers.js';

describe('citation forms', () => {
  it('reads a Party symbol with "số" and keys it without leading zeros', () => {
    const d = directive('Chi bộ học tập Chỉ thị số 03-CT/TW của Bộ Chính trị.', 'CT-3-TW');
    expect(d).toMatchObject({ kind: 'Chỉ thị', number: '03', symbol: '03-CT/TW' });
  });

  it('reads a lower-case kind followed by "số"', () => {
    expect(keys('đảng viên học tập chỉ thị số 07 của tỉnh ủy.')).toEqual(['CT-7-TU']);
  });

  it('reads a State symbol without "số"', () => {
    const d = directive('Xã triển khai Nghị quyết 68/NQ-CP của Chính phủ tới người lao động.', 'NQ-68-CP');
    expect(d).toMatchObject({ number: '68', symbol: '68/NQ-CP', issuer: 'Chính phủ' });
  });

  it('reads State symbols with a year (decrees, circulars, laws)', () => {
    expect(keys('Sở áp dụng Nghị định số 30/2020/NĐ-CP và Thông tư 01/2021/TT-BNV trong công tác văn thư.')).toEqual(['NĐ-30-CP', 'TT-1-BNV']);
    expect(directive('Trường học thực hiện Luật số 43/2019/QH14 từ năm học mới.', 'L-43-QH').symbol).toBe('43/2019/QH14');
  });

  it('reads a number with its year and no kind code ("Nghị định số 15/2020")', () => {
    const d = directive('Áp dụng Nghị định số 45/2019 của Chính phủ về xử phạt.', 'NĐ-45-CP');
    expect(d).toMatchObject({ number: '45', symbol: null, era: '2019' });
  });

  it('tolerates spaces around separators and upper case, and writes the standard symbol', () => {
    const d = directive('HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT SỐ 35 - NQ / TW CỦA BỘ CHÍNH TRỊ.', 'NQ-35-TW');
    expect(d.symbol).toBe('35-NQ/TW');
  });

  it('repairs the "NQ-TW" slip of a Party symbol', () => {
    expect(directive('Đảng bộ học tập Nghị quyết số 37-NQ-TW về sắp xếp đơn vị hành chính.', 'NQ-37-TW').symbol).toBe('37-NQ/TW');
  });

  it('reads a State công văn symbol whose issuer part comes first', () => {
    expect(keys('Phòng Giáo dục nhận Công văn số 2345/UBND-VX về kế hoạch năm học.')).toEqual(['CV-2345-UBND']);
  });

  it('reads every number of a list of the same kind, each as its own directive', () => {
    expect(keys('Cán bộ được học tập các Nghị quyết số 26, 27 và 28 của Ban Chấp hành Trung ương.')).toEqual(['NQ-26-TW', 'NQ-27-TW', 'NQ-28-TW']);
  });

  it('reads citations of different kinds joined in a list', () => {
    expect(keys('Thị ủy thực hiện Quy định số 08-QĐi/TW và Kết luận số 21-KL/TW về xây dựng Đảng.')).toEqual(['QĐi-8-TW', 'KL-21-TW']);
  });

  it('knows all the contract kinds', () => {
    const text = [
      'Hướng dẫn số 7-HD/BTGTU',
      'Thông báo số 15-TB/TU',
      'Chương trình số 9-CTr/HU',
      'Đề án số 3-ĐA/TU',
      'Quyết định số 88/QĐ-UBND',
      'Quy định số 105-QĐ/TW',
      'Kế hoạch số 21-KH/ThU',
      'Công văn số 6-CV/TXU',
    ].join('; ');
    expect(keys(text)).toEqual(['HD-7-BTGTU', 'TB-15-TU', 'CTr-9-HU', 'ĐA-3-TU', 'QĐ-88-UBND', 'QĐi-105-TW', 'KH-21-ThU', 'CV-6-TXU']);
  });

  it('reads "Thông báo kết luận" as a Thông báo', () => {
    expect(keys('Thực hiện Thông báo kết luận số 245-TB/TU của Thường trực Tỉnh ủy.')).toEqual(['TB-245-TU']);
  });

  it('gives one citation per occurrence in text order and one directive per key', () => {
    const r = run('Học tập Chỉ thị số 05-CT/TW. Sau đó sơ kết việc thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW.');
    expect(r.citations.map((c) => c.key)).toEqual(['CT-5-TW', 'CT-5-TW', 'KL-1-TW']);
    expect(r.directives.map((d) => d.key)).toEqual(['CT-5-TW', 'KL-1-TW']);
  });

  it('points citation evidence at the citation and gives its sentence', () => {
    const text = 'Mở đầu hội nghị. Các đảng viên quán triệt Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư. Hết.';
    const c = run(text).citations[0];
    expect(c && text.slice(c.evidence.start, c.evidence.end)).toBe('Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư');
    expect(c?.evidence.sentence).toBe('Các đảng viên quán triệt Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư.');
  });
});

describe('generic mentions are not citations', () => {
  it.each([
    'Cấp ủy tuyên truyền các chỉ thị, nghị quyết của Đảng đến đảng viên.',
    'Ngành tiếp tục thực hiện Chỉ thị, Nghị quyết của Trung ương, của tỉnh.',
    'Huyện xây dựng Đề án phát triển du lịch cộng đồng trên địa bàn.',
    'Các xã xây dựng Chương trình hành động thực hiện Nghị quyết Đại hội.',
    'Ủy ban triển khai kế hoạch 6 tháng cuối năm và chương trình 3 năm.',
    'Kết luận hội nghị, đồng chí Bí thư đề nghị các ngành bám sát hướng dẫn của Ban Tuyên giáo.',
    'Các nghị quyết Trung ương được quán triệt kịp thời.',
    'Cán bộ xã đến hướng dẫn 200 hộ dân làm hồ sơ; Hướng dẫn 30 hộ nghèo vay vốn.',
    'Mỗi chi bộ thực hiện theo chỉ thị 3 điều cấm của cấp trên.',
  ])('%s', (text) => {
    expect(run(text).citations).toEqual([]);
  });
});
