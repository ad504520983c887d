import { directive } from './helpers.js';

describe('issue dates', () => {
  it.each([
    ['ngày 12/8/2019', '2019-08-12'],
    ['ngày 12-8-2019', '2019-08-12'],
    ['ngày 12.8.2019', '2019-08-12'],
    ['ngày 12 tháng 8 năm 2019', '2019-08-12'],
    [', ngày 02/08/2019,', '2019-08-02'],
  ])('reads "%s"', (written, iso) => {
    expect(directive(`Tỉnh ủy triển khai Kế hoạch số 200 ${written} của Tỉnh ủy.`, 'KH-200-TU').issuedOn).toBe(iso);
  });

  it('infers a missing year from the article', () => {
    expect(directive('Thực hiện Nghị quyết số 58/NQ-CP ngày 8/6 của Chính phủ.', 'NQ-58-CP', 2022).issuedOn).toBe('2022-06-08');
  });

  it('infers a missing year from a State symbol before the article', () => {
    expect(directive('Thực hiện Nghị định số 45/2019/NĐ-CP ngày 21/5 của Chính phủ.', 'NĐ-45-CP', 2022).issuedOn).toBe('2019-05-21');
  });

  it('leaves the date null when the year cannot be known', () => {
    expect(directive('Thực hiện Nghị quyết số 58/NQ-CP ngày 8/6 của Chính phủ.', 'NQ-58-CP', null).issuedOn).toBeNull();
  });

  it('keeps a date in parentheses', () => {
    expect(directive('Theo Kết luận số 80 (ngày 3/6/2020) của Bộ Chính trị.', 'KL-80-TW').issuedOn).toBe('2020-06-03');
  });
});

describe('subjects', () => {
  it('takes the text after "về" to the end of the sentence', () => {
    expect(directive('Tỉnh ủy ban hành Kế hoạch số 33 về phát triển nông nghiệp sạch giai đoạn 2021 - 2025. Sau đó …', 'KH-33-TU').subject).toBe(
      'phát triển nông nghiệp sạch giai đoạn 2021 - 2025',
    );
  });

  it('drops "về việc"', () => {
    expect(directive('Theo Công văn số 410 ngày 3/3/2021 của Huyện ủy về việc tổ chức lễ kỷ niệm.', 'CV-410-HU').subject).toBe('tổ chức lễ kỷ niệm');
  });

  it('takes a quoted title without the quotes or a leading "Về"', () => {
    expect(directive('Quán triệt Chỉ thị số 13 “Về tăng cường công tác dân vận trong tình hình mới” của Tỉnh ủy.', 'CT-13-TU').subject).toBe(
      'tăng cường công tác dân vận trong tình hình mới',
    );
    expect(directive('Quán triệt Kế hoạch số 9 về “Xây dựng Đảng bộ trong sạch” năm 2021.', 'KH-9-?').subject).toBe('Xây dựng Đảng bộ trong sạch');
  });

  it('stops at a semicolon, an ellipsis and a clause opener', () => {
    expect(directive('Triển khai Kế hoạch số 5 về chuyển đổi số; hoàn thành chỉ tiêu.', 'KH-5-?').subject).toBe('chuyển đổi số');
    expect(directive('Triển khai Kế hoạch số 5 về chuyển đổi số… các xã đã làm tốt.', 'KH-5-?').subject).toBe('chuyển đổi số');
    expect(directive('Triển khai Kế hoạch số 5 về chuyển đổi số, trong đó chú trọng cấp xã.', 'KH-5-?').subject).toBe('chuyển đổi số');
  });

  it('stops just after a citation it names, whose date belongs to that citation', () => {
    const text = 'Thực hiện Kế hoạch số 61 về sơ kết Nghị quyết số 33, ngày 9/6/2014 của Ban Chấp hành Trung ương.';
    expect(directive(text, 'KH-61-?').subject).toBe('sơ kết Nghị quyết số 33');
    expect(directive(text, 'NQ-33-TW').issuedOn).toBe('2014-06-09');
  });

  it('is null when nothing says what it is about', () => {
    expect(directive('Theo Kế hoạch số 70 của Thành ủy, các phường đã hoàn thành.', 'KH-70-ThU').subject).toBeNull();
  });
});
