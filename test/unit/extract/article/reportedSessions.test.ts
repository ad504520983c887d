// Sessions national reports tell without "X tổ chức Hội nghị …", the wording of lead titles and
// the phrases that give (or do not give) a year; every sentence invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';
import { readDayRange } from '../../../../src/extract/article/reportedSessions.js';
import { blankPlannedYears, currentYearNamed } from '../../../../src/extract/article/yearPhrases.js';
import { fold } from '../../../../src/extract/article/text.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const only = (c: ContractDocument) => {
  expect(c.meetings).toHaveLength(1);
  return c.meetings[0]!;
};

describe('a plenum told as a communiqué', () => {
  it('the numbered meeting is the subject of "đã họp", dated by the first day of the range', () => {
    const m = only(
      read(
        'Thông báo Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh',
        'Từ ngày 3 đến 6-4-2019, Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh Lào Cai khóa XV đã họp để cho ý kiến về quy hoạch cán bộ. Đồng chí Lê Văn An, Bí thư Tỉnh ủy chủ trì Hội nghị.',
      ),
    );
    expect(m).toMatchObject({ title: 'Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh Lào Cai khóa XV', date: '2019-04-03' });
  });

  it('after a framing clause and a place, the range written with both months', () => {
    const m = only(
      read(
        'Thông báo hội nghị',
        'Theo chương trình làm việc toàn khóa, từ ngày 28-9 đến 2-10-2020, tại Hà Nội, Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa XIX đã họp, thảo luận các đề án.',
      ),
    );
    expect(m).toMatchObject({
      title: 'Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa XIX',
      date: '2020-09-28',
      organizers: ['Ban Chấp hành Trung ương Đảng'],
    });
  });

  it('a plenum that "sẽ họp" is planned, not held', () => {
    expect(read('Thông báo', 'Từ ngày 3 đến 6-4-2019, Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XV sẽ họp để bàn về nhân sự.').meetings).toEqual(
      [],
    );
  });

  it('readDayRange: the first day, with the last day’s month and year when it omits them', () => {
    expect(readDayRange(fold('từ ngày 3 đến 6-4, Hội nghị'))?.date).toEqual({ day: 3, month: 4, year: null });
    expect(readDayRange(fold('Từ ngày 30/11 đến ngày 2/12/2021, Hội nghị'))?.date).toEqual({ day: 30, month: 11, year: 2021 });
    expect(readDayRange(fold('Ngày 3-4, Hội nghị'))).toBeNull();
  });
});

describe('a Quốc hội sitting told by what Quốc hội did', () => {
  const lead = 'Sáng 8/3/2019, Quốc hội đã biểu quyết thông qua Luật Thư viện với đa số đại biểu tán thành.';
  it('named "phiên họp" in a caption: the sitting "Phiên họp", held by Quốc hội', () => {
    const m = only(read('Thông qua Luật Thư viện', lead, 'Toàn cảnh phiên họp. Luật có 6 chương, 52 điều.'));
    expect(m).toMatchObject({ title: 'Phiên họp', date: '2019-03-08', organizers: ['Quốc hội'] });
  });
  it('a sitting of a session the report names held is that session; a planned one is not', () => {
    const held = only(read('Thông qua Luật Thư viện', lead, 'Toàn cảnh phiên họp. Kỳ họp thứ 7, Quốc hội khóa XIV đã làm việc được hai tuần.'));
    expect(held.title).toBe('Kỳ họp thứ 7, Quốc hội khóa XIV');
    const planned = only(read('Thông qua Luật Thư viện', lead, 'Toàn cảnh phiên họp. Luật sẽ trình Kỳ họp thứ 8, Quốc hội khóa XIV.'));
    expect(planned.title).toBe('Phiên họp');
  });
  it('a chair’s clause before the subject', () => {
    const m = only(
      read(
        'Thông qua luật',
        'Chiều 9/3/2019, dưới sự điều hành của Phó Chủ tịch Quốc hội Trần Văn Bình, Quốc hội (QH) đã thông qua Luật Thư viện.',
        'Quang cảnh phiên họp chiều nay.',
      ),
    );
    expect(m).toMatchObject({ title: 'Phiên họp', organizers: ['Quốc hội'] });
  });
  it('with no sitting noun, or only a planned one, no meeting is made up', () => {
    expect(read('Thông qua Luật Thư viện', lead, 'Luật có 6 chương, 52 điều.').meetings).toEqual([]);
    expect(read('Thông qua Luật Thư viện', lead, 'Luật sẽ được đưa ra phiên họp tới.').meetings).toEqual([]);
  });
  it('what another subject did is no sitting', () => {
    expect(read('Tin', 'Sáng 8/3/2019, Câu lạc bộ hưu trí đã biểu quyết thông qua điều lệ.', 'Toàn cảnh phiên họp.').meetings).toEqual([]);
  });
});

describe('lead titles as the report names the meeting', () => {
  it('a manner phrase between the noun and the name is left out; a symbol’s spaced dash is closed up', () => {
    const m = only(
      read(
        'Hội nghị toàn quốc',
        'Sáng 18/5/2019, Ban Bí thư tổ chức Hội nghị toàn quốc theo hình thức trực tuyến tới các tỉnh, thành phố tổng kết 5 năm thực hiện Chỉ thị số 12 - CT/TW của Bộ Chính trị về công tác dân vận.',
      ),
    );
    expect(m.title).toBe('Hội nghị toàn quốc tổng kết 5 năm thực hiện Chỉ thị số 12-CT/TW của Bộ Chính trị về công tác dân vận');
  });
  it('an abbreviation defined in brackets is dropped, a term in brackets kept', () => {
    expect(only(read('Họp báo', 'Chiều 30/5/2019, Tổng cục Hải quan tổ chức họp báo về quy định mới với doanh nghiệp nhỏ (DNN).')).title).toBe(
      'Họp báo về quy định mới với doanh nghiệp nhỏ',
    );
    expect(only(read('Hội nghị', 'Ngày 3/8/2021, Tỉnh ủy tổ chức Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh (khóa XVII).')).title).toBe(
      'Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh (khóa XVII)',
    );
  });
  it('"họp phiên …" as written, a numbered "họp kỳ thứ N" as the sitting’s name', () => {
    expect(only(read('Tin', 'Sáng 5/7/2019, Hội đồng Thi đua tỉnh họp phiên toàn thể, đánh giá công tác.')).title).toBe('Họp phiên toàn thể');
    expect(only(read('Tin', 'Ngày 3/7/2019, Ủy ban Kiểm tra Tỉnh ủy đã họp kỳ thứ 12, xem xét kỷ luật.')).title).toBe(
      'Kỳ họp thứ 12 của Ủy ban Kiểm tra Tỉnh ủy',
    );
  });
});

describe('year phrases', () => {
  it('"năm Y và các năm tiếp theo" names the current year; a target or a start does not', () => {
    expect(currentYearNamed(fold('tổ chức học tập chuyên đề năm 2019 và chuyên đề của các năm tiếp theo'))).toBe(2019);
    expect(currentYearNamed(fold('định hướng đến năm 2030 và các năm tiếp theo'))).toBeNull();
    expect(currentYearNamed(fold('áp dụng từ năm 2020 và các năm sau'))).toBeNull();
  });
  it('the year of a programme adopted for it is blanked, same length', () => {
    const s = 'Quốc hội đã thông qua Nghị quyết về Chương trình giám sát năm 2020; năm 2019 tăng trưởng.';
    const b = blankPlannedYears(s);
    expect(b).toHaveLength(s.length);
    expect(b).not.toContain('2020');
    expect(b).toContain('năm 2019');
  });
  it('an undated lead takes the year of "chuyên đề năm Y và các năm tiếp theo"', () => {
    const m = only(
      read(
        'Hội nghị',
        'Sáng 18/5, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị sơ kết công tác tuyên truyền.',
        'Các cấp ủy tổ chức học tập chuyên đề năm 2019 và các năm tiếp theo bằng nhiều hình thức.',
      ),
    );
    expect(m.date).toBe('2019-05-18');
  });
});
