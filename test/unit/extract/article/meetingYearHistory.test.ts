import { inferYear } from '../../../../src/extract/article/meetingDate.js';

// Invented sentences: years of recalled history and of laws' names are not the meeting's year.
describe('inferYear: history and law names', () => {
  const d = { day: 9, month: 6, year: null };

  it('reads no year from a month of background told "as the paper reported"', () => {
    const text =
      'Sáng 9/6, UBND phường họp với các hộ dân. Như Báo Nông thôn TP.HCM đã đưa tin, dự án được tỉnh cấp phép vào tháng 3-2019. Các hộ đề nghị giữ đường đi.';
    expect(inferYear(d, null, 'Sáng 9/6, UBND phường họp với các hộ dân.', text)).toBeNull();
  });

  it('takes the next year after a month-grain event before the meeting month', () => {
    const day = { day: 12, month: 2, year: null };
    const text = 'Sáng 12/2, UBND quận họp giao ban. Vụ cháy chợ xảy ra vào cuối tháng 12/2020 đã được báo cáo.';
    expect(inferYear(day, null, 'Sáng 12/2, UBND quận họp giao ban.', text)).toBe(2021);
  });

  it('still dates by a month of the same year that is not after the meeting', () => {
    const text = 'Ngày 9/6, UBND huyện họp. Huyện yêu cầu xong hồ sơ trong tháng 6/2018 để thi công.';
    expect(inferYear(d, null, 'Ngày 9/6, UBND huyện họp.', text)).toBe(2018);
  });

  it('still puts the meeting in the next year after a recent event told by its day', () => {
    const text = 'Ngày 9/6, Sở họp. Ngày 20/11/2019, mưa lớn làm sạt lở đê.';
    expect(inferYear(d, null, 'Ngày 9/6, Sở họp.', text)).toBe(2020);
  });

  it('reads no event year in a law named by its year', () => {
    const text =
      'Chiều 9/6, tại kỳ họp HĐND tỉnh, ông A dẫn luật Đầu tư công năm 2014. Theo ông A, Luật Đất đai 2013 quy định rõ điều này. Luật Đầu tư công năm 2014 cũng vậy.';
    expect(inferYear(d, null, 'Chiều 9/6, tại kỳ họp HĐND tỉnh, ông A dẫn luật Đầu tư công năm 2014.', text)).toBeNull();
  });

  it('keeps a year of an event told after a law in the same sentence', () => {
    const text = 'Ngày 9/6, Sở họp triển khai luật mới. Tỉnh đã hoàn thành trong năm 2016 việc rà soát. Năm 2016 tỉnh cũng xong quy hoạch.';
    expect(inferYear(d, null, 'Ngày 9/6, Sở họp triển khai luật mới.', text)).toBe(2016);
  });
});
