// Citation forms of national reports (H2); every sentence invented for this file.
import { directive, keys } from './helpers.js';

describe('citation forms of national reports', () => {
  it('a number with a letter keeps it ("30b/2009/NQ-CP")', () => {
    expect(directive('Hỗ trợ các huyện nghèo theo Nghị quyết số 30b/2009/NQ- CP của Chính phủ.', 'NQ-30b-CP', 2018)).toMatchObject({
      number: '30b',
      symbol: '30b/2009/NQ-CP',
    });
  });
  it('the one who signs a document issues it', () => {
    expect(keys('Để thúc đẩy tăng trưởng, Thủ tướng đã ký Chỉ thị số 17 vào ngày 4/6.', 2019)).toEqual(['CT-17-TTg']);
  });
  it('a lower-case kind with a bare number is a citation when its issuer or date follows', () => {
    expect(keys('Gắn với việc thực hiện chỉ thị 07 của Bộ Chính trị về công tác dân vận.')).toEqual(['CT-7-TW']);
    expect(keys('Chuyển đổi cây trồng theo nghị định 62 của Chính phủ.')).toEqual(['NĐ-62-CP']);
    expect(keys('Hướng dẫn 200 hộ dân làm hồ sơ.')).toEqual([]);
  });
  it('congresses of every level with no term written', () => {
    expect(keys('Xã đã thực hiện nghị quyết đại hội Đảng các cấp và các chỉ thị của huyện.')).toEqual(['NQ-DHCACCAP']);
  });
  it('a plenum resolution whose term the article never gives is the plenum alone', () => {
    expect(keys('Kiểm điểm theo tinh thần Nghị quyết TW6 về xây dựng Đảng.')).toEqual(['NQ-TW6']);
  });
  it('a resolution named by the plenum that adopted it', () => {
    expect(keys('Thực hiện các Nghị quyết quan trọng vừa được Hội nghị lần thứ 6, Ban Chấp hành Trung ương Đảng, khóa XIII thông qua.')).toEqual([
      'NQ-TW6-XIII',
    ]);
    expect(keys('Hội nghị Trung ương 8 khóa XI đã ban hành Nghị quyết về chiến lược bảo vệ Tổ quốc.')).toEqual(['NQ-TW8-XI']);
  });
  it('a well-known Government resolution cited without its issuer is told by its subject', () => {
    expect(keys('Bộ sẽ báo cáo sơ kết Nghị quyết 35 về hỗ trợ và phát triển doanh nghiệp.', 2017)).toEqual(['NQ-35-CP']);
  });
});
