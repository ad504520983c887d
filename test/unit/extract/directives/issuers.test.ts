import { directive, keys } from './helpers.js';

describe('issuer attachment and class', () => {
  it('gives each citation the issuer written after it', () => {
    const text = 'Thực hiện Kế hoạch số 57, ngày 2/6/2021 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 01 của Bộ Chính trị, các huyện đã ra quân.';
    expect(keys(text)).toEqual(['KH-57-TU', 'KL-1-TW']);
    expect(directive(text, 'KH-57-TU').issuer).toBe('Ban Thường vụ Tỉnh ủy');
    expect(directive(text, 'KL-1-TW').issuer).toBe('Bộ Chính trị');
  });

  it('keeps an issuer as written, the longest known name', () => {
    expect(directive('Quán triệt Thông báo số 12, ngày 3/4/2021 của Ban Bí thư Trung ương Đảng.', 'TB-12-TW').issuer).toBe('Ban Bí thư Trung ương Đảng');
  });

  it('tells the same number of two issuers apart', () => {
    const text = 'Tuyên truyền Chỉ thị số 16 của Bộ Chính trị về công tác dân vận; Chỉ thị số 16, ngày 31/3/2020 của Thủ tướng Chính phủ về giãn cách xã hội.';
    expect(keys(text)).toEqual(['CT-16-TW', 'CT-16-TTg']);
  });

  it.each([
    ['Chính phủ', 'CP'],
    ['Quốc hội', 'QH'],
    ['Tỉnh ủy', 'TU'],
    ['Ban Thường vụ Huyện ủy', 'HU'],
    ['Thành ủy', 'ThU'],
    ['Thị ủy', 'TXU'],
    ['Ban Chấp hành Trung ương', 'TW'],
    ['Ban Bí thư', 'TW'],
    ['Thủ tướng Chính phủ', 'TTg'],
  ])('issuer %s gives class %s', (issuer, cls) => {
    expect(keys(`Đơn vị quán triệt Nghị quyết số 9 của ${issuer} đến cán bộ.`)).toEqual([`NQ-9-${cls}`]);
  });

  it("reads a lower-case issuer and a provincial People's Committee, leaving the place out", () => {
    expect(directive('Thực hiện Kế hoạch số 30 của ban thường vụ huyện ủy về công tác dân vận.', 'KH-30-HU').issuer).toBe('ban thường vụ huyện ủy');
    const d = directive('Triển khai Quyết định số 812 ngày 4/5/2022 của UBND tỉnh Bình Định về chuyển đổi số.', 'QĐ-812-UBND');
    expect(d.issuer).toBe('UBND tỉnh');
    expect(d.subject).toBe('chuyển đổi số');
  });

  it('takes the date that opens a sentence enacting the document', () => {
    expect(directive('Chiều ngày 6/8/2019, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17 về dư luận xã hội.', 'CT-17-TU').issuedOn).toBe('2019-08-06');
    expect(directive('Hôm qua, Tỉnh ủy ban hành Chỉ thị số 17.', 'CT-17-TU').issuedOn).toBeNull();
  });

  it('keeps the level word of a commune Party committee and drops its place', () => {
    expect(directive('Theo Kế hoạch số 4-KH/ĐU của Đảng ủy xã Tân Lợi về chuyển đổi số.', 'KH-4-ĐU').issuer).toBe('Đảng ủy xã');
  });

  it('reads the issuer after "do … ban hành"', () => {
    expect(keys('Quy định số 22 do Ban Chấp hành Trung ương ban hành được phổ biến.')).toEqual(['QĐi-22-TW']);
  });

  it('reads an issuer written before "ban hành"', () => {
    const d = directive('Ngày 3/8/2020, Ban Thường vụ Thành ủy đã ban hành Chỉ thị số 14 về cải cách hành chính.', 'CT-14-ThU');
    expect(d.issuer).toBe('Ban Thường vụ Thành ủy');
    expect(keys('Hội nghị đã ban hành Nghị quyết số 6 về du lịch.')).toEqual(['NQ-6-?']);
  });

  it('shares the issuer written once after a list', () => {
    const text = 'Tiếp tục thực hiện Chỉ thị số 42 và Kết luận số 7 của Ban Bí thư.';
    expect(keys(text)).toEqual(['CT-42-TW', 'KL-7-TW']);
    expect(directive(text, 'CT-42-TW').issuer).toBe('Ban Bí thư');
  });

  it('does not share an issuer across a semicolon', () => {
    expect(keys('Tập trung tuyên truyền Kế hoạch số 15; Chỉ thị số 6 của Thủ tướng Chính phủ về phòng dịch.')).toEqual(['KH-15-?', 'CT-6-TTg']);
  });

  it('takes the class from the symbol when the issuer is not written', () => {
    expect(keys('Thực hiện Kế hoạch 88-KH/ThU về chuyển đổi số.')).toEqual(['KH-88-ThU']);
  });

  it('uses "?" when nothing tells the issuer', () => {
    expect(keys('Cán bộ được phổ biến Kế hoạch số 77 trong tháng.')).toEqual(['KH-77-?']);
  });

  it('resolves a later short mention to the one issuer the article gave it', () => {
    const text = 'Huyện quán triệt Chỉ thị số 31 của Tỉnh ủy về an toàn giao thông. Đến nay Chỉ thị 31 được thực hiện nghiêm.';
    const r = keys(text);
    expect(r).toEqual(['CT-31-TU']);
  });

  it('does not resolve a short mention whose date differs', () => {
    const text = 'Huyện quán triệt Chỉ thị số 31, ngày 2/3/2021 của Tỉnh ủy. Chỉ thị số 31, ngày 9/9/2022 về thu hút đầu tư cũng được triển khai.';
    expect(keys(text, 2022)).toEqual(['CT-31-TU', 'CT-31-?']);
  });

  it('leaves a short mention "?" when two issuers used that number', () => {
    const text = 'Chỉ thị số 3 của Tỉnh ủy và Chỉ thị số 3 của Bộ Chính trị được triển khai. Việc thực hiện Chỉ thị số 3 còn chậm.';
    expect(keys(text)).toEqual(['CT-3-TU', 'CT-3-TW', 'CT-3-?']);
  });
});

describe('symbol', () => {
  it('is written when the text writes it', () => {
    expect(directive('Theo Quyết định số 99-QĐ/TW ngày 3/10/2017.', 'QĐ-99-TW').symbol).toBe('99-QĐ/TW');
  });

  it('follows the convention when kind, number and issuer are written', () => {
    expect(directive('Theo Kế hoạch số 14 của Huyện ủy.', 'KH-14-HU').symbol).toBe('14-KH/HU');
    expect(directive('Theo Chỉ thị số 19 của Thủ tướng Chính phủ.', 'CT-19-TTg').symbol).toBe('19/CT-TTg');
    expect(directive('Theo Công văn số 205 của Ban Bí thư.', 'CV-205-TW').symbol).toBe('205-CV/TW');
  });

  it('stays null without an issuer, or where the form is not certain', () => {
    expect(directive('Theo Kế hoạch số 14 ngày 1/2/2021.', 'KH-14-?').symbol).toBeNull();
    expect(directive('Theo Nghị định số 100 của Chính phủ.', 'NĐ-100-CP').symbol).toBeNull();
    expect(directive('Theo Chỉ thị số 12 của Bộ Y tế.', 'CT-12-BYT').symbol).toBeNull();
  });
});
