import { findMeetingLeads } from '../../../../src/extract/article/meetingLeads.js';
import { inferYear, readLeadDate } from '../../../../src/extract/article/meetingDate.js';
import { findPeriod } from '../../../../src/extract/article/period.js';
import { sentenceSpans } from '../../../../src/extract/article/sentences.js';

const leads = (text: string) => findMeetingLeads(text, sentenceSpans(text));

describe('readLeadDate', () => {
  it.each([
    ['Ngày 3/8, Huyện ủy', { day: 3, month: 8, year: null }],
    ['Sáng 03-08-2021, Huyện ủy', { day: 3, month: 8, year: 2021 }],
    ['Chiều ngày 3/8/2021, Huyện ủy', { day: 3, month: 8, year: 2021 }],
    ['Sáng nay (3/8), Huyện ủy', { day: 3, month: 8, year: null }],
    ['Ngày 3 tháng 8 năm 2021, Huyện ủy', { day: 3, month: 8, year: 2021 }],
    ['Tại hội trường UBND xã, sáng 3/8, Đảng ủy xã', { day: 3, month: 8, year: null }],
  ])('%s', (s, date) => {
    expect(readLeadDate(s)?.date).toEqual(date);
  });
  it('needs the date first', () => {
    expect(readLeadDate('Huyện ủy họp ngày 3/8')).toBeNull();
  });
});

describe('inferYear', () => {
  const d = { day: 28, month: 12, year: null };
  it('takes the publication year, one earlier when the month is after publication', () => {
    expect(inferYear({ day: 3, month: 8, year: null }, '2021-08-04', '', '')).toBe(2021);
    expect(inferYear(d, '2022-01-03', '', '')).toBe(2021);
  });
  it('else a year in the sentence, else the year the article names most', () => {
    expect(inferYear(d, null, 'tổng kết công tác năm 2019', '')).toBe(2019);
    expect(inferYear(d, null, '', 'năm 2018 … năm 2019 … năm 2019')).toBe(2019);
  });
});

describe('findMeetingLeads', () => {
  it('reads organizer and title from a dated lead, title cut before its purpose', () => {
    const text =
      'Ngày 3/8, Ban Tổ chức Huyện ủy đã tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2021, nhằm đánh giá kết quả. Dự có lãnh đạo huyện.';
    const [m] = leads(text);
    expect(m?.title).toBe('Hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2021');
    expect(text.slice(m!.organizer.start, m!.organizer.end)).toBe('Ban Tổ chức Huyện ủy');
    expect(m?.date).toEqual({ day: 3, month: 8, year: null });
  });
  it('reads other kinds and verbs', () => {
    expect(leads('Sáng 5/7, HĐND huyện khai mạc Kỳ họp thứ 12, HĐND huyện khóa XX.')[0]?.title).toBe('Kỳ họp thứ 12, HĐND huyện khóa XX');
  });
  it('ignores a planned meeting', () => {
    const text = 'Ban Tuyên giáo sẽ tham mưu tổ chức Hội nghị tổng kết 15 năm thực hiện nghị quyết. Ngày 2/3, Đảng ủy xã sẽ tổ chức Hội nghị học tập.';
    expect(leads(text)).toEqual([]);
  });
  it('falls back to an undated report', () => {
    expect(leads('Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9.')[0]?.date).toBeNull();
  });
});

describe('findPeriod', () => {
  it.each([
    ['Hội nghị giao ban quý II năm 2022', { year: 2022, part: 'Q2' }],
    ['Hội nghị giao ban quý 4/2022', { year: 2022, part: 'Q4' }],
    ['Hội nghị sơ kết 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2019', { year: 2019, part: 'H1' }],
    ['Hội nghị giao ban 6 tháng cuối năm 2019', { year: 2019, part: 'H2' }],
    ['Hội nghị đánh giá 9 tháng, nhiệm vụ 3 tháng cuối năm 2019', { year: 2019, part: 'M9' }],
    ['Hội nghị tổng kết công tác năm 2019', { year: 2019, part: 'Y' }],
  ])('%s', (title, period) => {
    expect(findPeriod(title, null)).toEqual(period);
  });
  it('uses the fallback year and names no period when there is none', () => {
    expect(findPeriod('Hội nghị giao ban quý III', 2020)).toEqual({ year: 2020, part: 'Q3' });
    expect(findPeriod('Hội nghị quán triệt nghị quyết', 2020)).toBeNull();
    expect(findPeriod('Hội nghị năm 2020', 2020, false)).toBeNull();
  });
});

describe('headline fallback', () => {
  it('takes the meeting the headline names when the lead is written another way', () => {
    const text =
      'Thị ủy Sông Công: Hội nghị sơ kết công tác dân vận 6 tháng đầu năm\n\nHội nghị đã được Ban Dân vận Thị ủy tổ chức vào chiều ngày 10/7/2022 tại hội trường.';
    const [m] = leads(text);
    expect(m?.title).toBe('Hội nghị sơ kết công tác dân vận 6 tháng đầu năm');
    expect(m?.date).toEqual({ day: 10, month: 7, year: 2022 });
    expect(text.slice(m!.organizer.start, m!.organizer.end)).toBe('Thị ủy Sông Công');
  });
  it('does not read a dated sentence without an organizer as an undated lead', () => {
    expect(leads('Ngày 1/1, tổ chức Hội nghị.')).toEqual([]);
  });
});

describe('readLeadDate: several days', () => {
  it('takes the first day', () => {
    expect(readLeadDate('Trong hai ngày 15 và 16/3, Huyện ủy')?.date).toEqual({ day: 15, month: 3, year: null });
    expect(readLeadDate('Ngày 15-16/3/2023, Huyện ủy')?.date).toEqual({ day: 15, month: 3, year: 2023 });
  });
});
