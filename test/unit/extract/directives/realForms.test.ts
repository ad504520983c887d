import { directive, keys } from './helpers.js';

describe('forms met in provincial reporting', () => {
  it('reads the "TƯ" spelling of a provincial symbol as TU', () => {
    expect(keys('Sau 5 năm thực hiện Nghị quyết 08-NQ/TƯ của Tỉnh ủy, đô thị đã đổi thay.')).toEqual(['NQ-8-TU']);
  });

  it('reads a plenum whose body and term follow "của"', () => {
    expect(keys('Gắn với nghị quyết Hội nghị Trung ương lần thứ 8 của Ban Chấp hành Trung ương Đảng (khóa XIII) về an ninh.')).toEqual(['NQ-TW8-XIII']);
  });

  it('reads a congress numbered before its local level', () => {
    expect(keys('Đưa Nghị quyết Đại hội XVII Đảng bộ tỉnh vào cuộc sống.')).toEqual(['NQ-DHTINH-XVII']);
  });

  it('does not carry a plan over to a later document of its own level listed after what it carries out', () => {
    const text =
      'Thực hiện Kế hoạch số 40-KH/TU ngày 2/3/2019 của Tỉnh ủy thực hiện Chỉ thị số 35 của Bộ Chính trị và Nghị quyết số 9-NQ/TU ngày 4/4/2020 của Tỉnh ủy.';
    expect(directive(text, 'KH-40-TU').implements.map((i) => i.key)).toEqual(['CT-35-TW']);
  });

  it('does not let a document carry out one issued after it', () => {
    const text = 'Theo Kế hoạch số 3-KH/HU ngày 1/2/2019 thực hiện Chỉ thị số 8-CT/TU ngày 5/6/2020.';
    expect(directive(text, 'KH-3-HU').implements).toEqual([]);
  });

  it('cuts an unquoted subject that runs past the title of a known document', () => {
    const text = 'Hội nghị sơ kết Nghị quyết số 21-NQ/TW về công tác dân số trong tình hình mới các tỉnh miền Trung.';
    expect(directive(text, 'NQ-21-TW').subject).toBe('công tác dân số trong tình hình mới');
  });
});

describe("a citation inside another one's quoted title", () => {
  const text =
    'Ban Bí thư đã ban hành Kết luận số 61-KL/TW về việc “Tiếp tục thực hiện Chỉ thị số 27-CT/TW của Bộ Chính trị về lễ hội”, được các địa phương hưởng ứng.';

  it('is carried out by the outer document', () => {
    expect(directive(text, 'KL-61-TW').implements.map((i) => i.key)).toEqual(['CT-27-TW']);
  });

  it('has a subject that stops at the outer closing quote', () => {
    expect(directive(text, 'CT-27-TW').subject).toBe('lễ hội');
    expect(directive(text, 'KL-61-TW').subject).toBe('Tiếp tục thực hiện Chỉ thị số 27-CT/TW của Bộ Chính trị về lễ hội');
  });
});

describe('abbreviated kinds and plenum issuers', () => {
  it('reads "QĐ số" and "NQ" with a symbol, but not an abbreviation before a bare number', () => {
    expect(keys('Theo QĐ số 456/QĐ-UBND ngày 2/3/2022, xã triển khai; NQ 12-NQ/HU được quán triệt; KH 5 người dự.')).toEqual(['QĐ-456-UBND', 'NQ-12-HU']);
  });

  it('reads a plenum written after the date without "của"', () => {
    const d = directive('Quán triệt Nghị quyết số 33-NQ/TW ngày 9/6/2014 Hội nghị Trung ương 9 khóa XI về văn hóa, con người Việt Nam.', 'NQ-33-TW');
    expect(d.issuer).toBe('Hội nghị Trung ương 9');
    expect(d.subject).toBe('văn hóa, con người Việt Nam');
  });
});

describe('lists with dates and subjects', () => {
  it('shares an issuer across dated members of a list', () => {
    const text = 'Học tập Chỉ thị số 03-CT/TW, ngày 14/5/2011 và Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương.';
    expect(directive(text, 'CT-3-TW').issuer).toBe('Ban Chấp hành Trung ương');
    expect(directive(text, 'CT-3-TW').issuedOn).toBe('2011-05-14');
  });

  it('ends a subject before a further listed citation, and takes an issuer that closes a subject', () => {
    const text = 'Quán triệt Chỉ thị số 8 về an toàn giao thông và Kết luận số 3 về bảo vệ rừng của Tỉnh ủy Gia Lai.';
    expect(directive(text, 'CT-8-TU').subject).toBe('an toàn giao thông');
    expect(directive(text, 'KL-3-TU')).toMatchObject({ subject: 'bảo vệ rừng', issuer: 'Tỉnh ủy' });
  });

  it('keeps "của" inside a subject when no known body follows', () => {
    expect(directive('Theo Kế hoạch số 2 về nâng cao vai trò của Mặt trận.', 'KH-2-?').subject).toBe('nâng cao vai trò của Mặt trận');
  });

  it('reads a number without "số" followed by its date, but not a span of days', () => {
    expect(keys('Theo Kế hoạch 10 ngày 5/3/2021 của Huyện ủy; triển khai kế hoạch 10 ngày cao điểm.')).toEqual(['KH-10-HU']);
  });
});

describe('ministries, dashes and local terms', () => {
  it('reads a ministry issuer written with an en dash', () => {
    const d = directive('Theo Thông tư số 7/2023/TT-BLĐTBXH ngày 8/6/2023 của Bộ Lao động – Thương binh và Xã hội về dạy nghề.', 'TT-7-BLĐTBXH');
    expect(d).toMatchObject({ issuer: 'Bộ Lao động – Thương binh và Xã hội', subject: 'dạy nghề', era: '2023' });
  });

  it('reads a Party symbol written with an en dash', () => {
    expect(directive('Học tập Chỉ thị số 04 – CT/TU của Tỉnh ủy.', 'CT-4-TU').symbol).toBe('04-CT/TU');
  });

  it('reads a local congress numbered as a term (khóa)', () => {
    expect(keys('Thực hiện Nghị quyết Đại hội Đảng bộ xã khóa XXIII.')).toEqual(['NQ-DHXA-XXIII']);
  });
});

describe('longer wording of issuers and of carrying out', () => {
  it('reads "Hội nghị lần thứ … Ban Chấp hành Trung ương Đảng" as a central issuer', () => {
    const d = directive('Học tập Nghị quyết số 19-NQ/TW, ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII.', 'NQ-19-TW');
    expect(d.issuer).toBe('Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng');
  });

  it('links through a run of action words that includes one that carries out', () => {
    const text = 'Ban hành Hướng dẫn số 30-HD/BTGTW về nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Trung ương 6 khóa XIII.';
    expect(directive(text, 'HD-30-BTGTW').implements.map((i) => i.key)).toEqual(['NQ-TW6-XIII']);
  });

  it('does not link through propaganda alone', () => {
    expect(directive('Ban hành Kế hoạch số 9 tuyên truyền Nghị quyết số 3 của Tỉnh ủy.', 'KH-9-?').implements).toEqual([]);
  });
});
