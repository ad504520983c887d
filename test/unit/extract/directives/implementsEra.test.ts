import { directive, keys, run } from './helpers.js';

const implemented = (text: string, key: string): string[] => directive(text, key).implements.map((i) => i.key);

describe('IMPLEMENTS', () => {
  it("links a plan to the directive it carries out, past the plan's issuer", () => {
    const text = 'Các chi bộ thực hiện Kế hoạch số 120, ngày 5/5/2021 của Ban Thường vụ Thị ủy thực hiện Kết luận số 01 của Bộ Chính trị.';
    expect(implemented(text, 'KH-120-TXU')).toEqual(['KL-1-TW']);
    expect(implemented(text, 'KL-1-TW')).toEqual([]);
    const ev = directive(text, 'KH-120-TXU').implements[0]?.evidence;
    expect(ev && text.slice(ev.start, ev.end)).toBe('Kế hoạch số 120, ngày 5/5/2021 của Ban Thường vụ Thị ủy thực hiện Kết luận số 01 của Bộ Chính trị');
  });

  it('links through "về tiếp tục thực hiện"', () => {
    expect(implemented('Ban Bí thư ban hành Chỉ thị số 18 về tiếp tục thực hiện Nghị quyết số 20 của Ban Chấp hành Trung ương.', 'CT-18-TW')).toEqual([
      'NQ-20-TW',
    ]);
  });

  it('links a guide that carries out a resolution', () => {
    expect(implemented('Ban hành Hướng dẫn số 4-HD/BTGTU triển khai thực hiện Nghị quyết Trung ương 5 khóa XIII.', 'HD-4-BTGTU')).toEqual(['NQ-TW5-XIII']);
  });

  it('links a programme to every document of a list it carries out', () => {
    const text = 'Xây dựng Chương trình hành động số 12-CTr/TU thực hiện Nghị quyết số 18 và Nghị quyết số 19 của Ban Chấp hành Trung ương.';
    expect(implemented(text, 'CTr-12-TU')).toEqual(['NQ-18-TW', 'NQ-19-TW']);
  });

  it('links a document enacted to carry out one named at the head of the sentence', () => {
    const text = 'Năm nay xã làm tốt. Thực hiện Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy, Huyện ủy đã ban hành Kế hoạch số 8-KH/HU để triển khai.';
    expect(implemented(text, 'KH-8-HU')).toEqual(['CT-21-TU']);
    expect(implemented('Hội nghị sơ kết thực hiện Chỉ thị số 21-CT/TU, Huyện ủy ban hành Kế hoạch số 8-KH/HU.', 'KH-8-HU')).toEqual([]);
  });

  it('does not link a review meeting to what it reviews', () => {
    const r = run('Huyện ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 15 của Tỉnh ủy.');
    expect(r.directives.flatMap((d) => d.implements)).toEqual([]);
  });

  it('does not link a plan that reviews a directive', () => {
    const text = 'Ban hành Kế hoạch số 7 về sơ kết 5 năm thực hiện Chỉ thị số 15 của Tỉnh ủy.';
    expect(implemented(text, 'KH-7-?')).toEqual([]);
  });

  it('does not link two documents merely listed together', () => {
    const text = 'Tuyên truyền Công văn số 40 của Thành ủy; Chỉ thị số 2 của Ủy ban nhân dân thành phố về phòng dịch.';
    expect(run(text).directives.flatMap((d) => d.implements)).toEqual([]);
  });
});

describe('era', () => {
  it('is the year of a State symbol', () => {
    expect(directive('Áp dụng Nghị định số 100/2019/NĐ-CP.', 'NĐ-100-CP').era).toBe('2019');
  });

  it("is the year of a State document's date, inferred year included", () => {
    expect(directive('Theo Quyết định số 77/QĐ-TTg ngày 3/2 của Thủ tướng Chính phủ.', 'QĐ-77-TTg', 2023).era).toBe('2023');
  });

  it('is the written issue year of a Party document', () => {
    expect(directive('Theo Kế hoạch số 15-KH/TU ngày 8/8/2016.', 'KH-15-TU').era).toBe('2016');
  });

  it('prefers the catalog to a year inferred from the article for a Party document', () => {
    expect(directive('Học tập Chỉ thị số 05-CT/TW ngày 15/5 của Bộ Chính trị.', 'CT-5-TW', 2020).era).toBe('2016');
    expect(directive('Theo Kế hoạch số 45-KH/HU ngày 3/4 của Huyện ủy.', 'KH-45-HU', 2020).era).toBe('2020');
  });

  it('comes from the catalog for a well-known Party document the text agrees with', () => {
    expect(directive('Học tập Chỉ thị số 05 của Bộ Chính trị.', 'CT-5-TW').era).toBe('2016');
    expect(directive('Học tập Nghị quyết số 35-NQ/TW.', 'NQ-35-TW').era).toBe('2018');
  });

  it('is null when the catalog holds two documents of that key and the text does not choose', () => {
    expect(directive('Học tập Nghị quyết số 26-NQ/TW.', 'NQ-26-TW').era).toBeNull();
  });

  it('lets the text choose between two catalog documents by subject, term or body', () => {
    expect(directive('Học tập Nghị quyết số 26-NQ/TW về nông nghiệp, nông dân, nông thôn.', 'NQ-26-TW').era).toBe('2008');
    expect(directive('Học tập Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương khóa XII.', 'NQ-20-TW').era).toBe('2017');
    expect(directive('Học tập Nghị quyết số 36 của Bộ Chính trị.', 'NQ-36-TW').era).toBe('2004');
  });

  it('uses the article year to rule out documents issued after it', () => {
    expect(directive('Học tập Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương.', 'NQ-29-TW', 2020).era).toBe('2013');
    expect(directive('Học tập Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương.', 'NQ-29-TW', 2023).era).toBeNull();
  });

  it('ignores a catalog document the text contradicts', () => {
    // A 2010 article cannot cite the 2016 directive; a different date is another document.
    expect(directive('Học tập Chỉ thị số 05 của Bộ Chính trị.', 'CT-5-TW', 2010).era).toBeNull();
    expect(directive('Học tập Chỉ thị số 05-CT/TW ngày 3/3/2022 của Bộ Chính trị.', 'CT-5-TW', 2023).era).toBe('2022');
    expect(directive('Học tập Chỉ thị số 10-CT/TW về phòng chống tham nhũng.', 'CT-10-TW').era).toBeNull();
  });

  it('is the term of a named resolution, and null without year or catalog', () => {
    expect(directive('Học tập Nghị quyết Trung ương 6 khóa XII.', 'NQ-TW6-XII').era).toBe('XII');
    expect(directive('Theo Kế hoạch số 33 của Huyện ủy.', 'KH-33-HU').era).toBeNull();
  });
});

describe('catalog completes the class only where the text agrees', () => {
  it('keys an issuer-less directive to the centre when its subject matches', () => {
    expect(keys('Tiếp tục thực hiện Chỉ thị số 11 về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài.')).toEqual(['CT-11-TW']);
  });

  it('keys it to the Prime Minister when the subject matches that document', () => {
    expect(keys('Thực hiện Chỉ thị số 11 về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh.')).toEqual(['CT-11-TTg']);
  });

  it('keys an issuer-less directive to the centre when its date matches', () => {
    expect(keys('Thực hiện Kết luận số 51, ngày 30/5/2019 đạt kết quả tốt.')).toEqual(['KL-51-TW']);
  });

  it('does not fill contract fields from the catalog', () => {
    expect(directive('Thực hiện Kết luận số 51, ngày 30/5/2019 đạt kết quả tốt.', 'KL-51-TW')).toMatchObject({ issuer: null, symbol: null, subject: null });
  });

  it('does not decide on a one- or two-word subject', () => {
    expect(keys('Thực hiện Chỉ thị số 11 về khuyến học.')).toEqual(['CT-11-?']);
  });

  it('leaves "?" when the number alone matches several catalog documents', () => {
    expect(keys('Thực hiện Chỉ thị số 05 trong toàn huyện.')).toEqual(['CT-5-?']);
  });

  it('leaves "?" when date or subject disagree with the catalog', () => {
    expect(keys('Thực hiện Kết luận số 51, ngày 2/3/2019 của ngành.')).toEqual(['KL-51-?']);
    expect(keys('Thực hiện Chỉ thị số 11 về xây dựng nông thôn mới kiểu mẫu.')).toEqual(['CT-11-?']);
  });

  it('never adds a citation the text does not make', () => {
    expect(run('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.').directives).toEqual([]);
  });
});
