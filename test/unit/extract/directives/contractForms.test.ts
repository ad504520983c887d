// Forms the contract added: Công điện and Quy chế, a number written with its year after a dash,
// CLASS from the issuer code of a written symbol (ministries, central departments, a standing
// committee with its term number), and "Trung ương" shortened in plenum resolutions.
import { directive, keys } from './helpers.js';

describe('Công điện and Quy chế', () => {
  it('reads a Công điện with its State symbol', () => {
    const d = directive('UBND tỉnh triển khai Công điện số 213/CĐ-TTg của Thủ tướng Chính phủ về ứng phó bão.', 'CĐ-213-TTg');
    expect(d).toMatchObject({ kind: 'Công điện', number: '213', symbol: '213/CĐ-TTg' });
  });

  it('reads a Quy chế with a Party symbol', () => {
    const d = directive('Hội nghị thông qua Quy chế số 07-QC/HU về làm việc của Ban Chấp hành.', 'QC-7-HU');
    expect(d).toMatchObject({ kind: 'Quy chế', symbol: '07-QC/HU' });
  });

  it('a Quy chế without a number is a generic mention', () => {
    expect(keys('Đảng ủy sửa đổi quy chế làm việc của cơ quan.')).toEqual([]);
  });
});

describe('a number written with its year', () => {
  it('"88-2019/NQ-CP" is number 88 of the Government', () => {
    const d = directive('Các bộ thực hiện Nghị quyết số 88-2019/NQ-CP về cải cách.', 'NQ-88-CP');
    expect(d).toMatchObject({ number: '88', symbol: '88/2019/NQ-CP', era: '2019' });
  });

  it('"007/2016/NĐ-CP" keys without leading zeros', () => {
    expect(keys('Áp dụng Nghị định 007/2016/NĐ-CP của Chính phủ.')).toEqual(['NĐ-7-CP']);
  });
});

describe('CLASS from the issuer code of a written symbol', () => {
  it('a ministry circular: the code after the kind', () => {
    expect(keys('Trường thực hiện Thông tư số 12/2020/TT-BLĐTBXH.')).toEqual(['TT-12-BLĐTBXH']);
  });

  it('a ministry công văn: the code before the unit', () => {
    expect(keys('Sở nhận Công văn số 4410/BNV-CCVC ngày 3/9.')).toEqual(['CV-4410-BNV']);
  });

  it('a central Party department', () => {
    expect(keys('Quán triệt Hướng dẫn số 11-HD/BDVTW về dân vận khéo.')).toEqual(['HD-11-BDVTW']);
  });

  it('a standing committee code drops its term number', () => {
    const d = directive('Thực hiện Nghị quyết số 745/NQ-UBTVQH13 của Ủy ban Thường vụ Quốc hội.', 'NQ-745-UBTVQH');
    expect(d.symbol).toBe('745/NQ-UBTVQH13');
  });

  it('the written code wins over the issuer as written', () => {
    expect(keys('Triển khai Chỉ thị số 21-CT/TU của Ban Thường vụ Thành ủy Hải Phòng.')).toEqual(['CT-21-TU']);
  });

  it('without a symbol, a ministry named as issuer gives its code', () => {
    expect(keys('Thực hiện Quyết định số 1510 của Bộ Công an về an ninh.')).toEqual(['QĐ-1510-BCA']);
  });
});

describe('"Trung ương" shortened in a plenum resolution', () => {
  it('"T.Ư 6 khóa XI"', () => {
    expect(keys('Các chi bộ học tập Nghị quyết T.Ư 6 khóa XI về giáo dục.')).toEqual(['NQ-TW6-XI']);
  });

  it('"TƯ 8" without a term', () => {
    expect(keys('Tiếp tục thực hiện Nghị quyết TƯ 8 về bảo vệ Tổ quốc.')).toEqual(['NQ-TW8']);
  });

  it('"Trung 7 (khóa XII)"', () => {
    expect(keys('Quán triệt Nghị quyết Trung 7 (khóa XII) đến đảng viên.')).toEqual(['NQ-TW7-XII']);
  });

  it('"tư" with no plenum number is no resolution', () => {
    expect(keys('Nghị quyết tư tưởng của chi bộ được bàn kỹ.')).toEqual([]);
  });
});
