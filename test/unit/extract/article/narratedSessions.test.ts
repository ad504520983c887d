// Meetings national reports narrate without a lead of the usual shapes (narratedSessions.ts);
// every sentence invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';
import { reportToday } from '../../../../src/extract/article/narratedSessions.js';
import { fold } from '../../../../src/extract/article/text.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const only = (c: ContractDocument) => {
  expect(c.meetings).toHaveLength(1);
  return c.meetings[0]!;
};
const roles = (m: ContractDocument['meetings'][number]) => m.participants.map((p) => `${p.name}:${p.role}`);

describe('a Quốc hội sitting told by where the assembly worked', () => {
  const lead =
    'Theo chương trình kỳ họp, sáng 3-4-2019, Quốc hội làm việc tại hội trường dưới sự điều hành của Phó Chủ tịch Quốc hội Lê Văn An. Bộ trưởng Bộ Xây dựng Trần Văn Bình trình bày Tờ trình dự án Luật Kiến trúc.';
  it('is the sitting "Phiên họp", held by Quốc hội, chaired by the vice-chair', () => {
    const m = only(read('Quốc hội nghe Tờ trình dự án Luật Kiến trúc', lead, 'Trong phiên họp sáng 3-4, Quốc hội còn nghe hai báo cáo khác.'));
    expect(m).toMatchObject({ title: 'Phiên họp', date: '2019-04-03', organizers: ['Quốc hội'] });
    expect(roles(m)).toContain('Lê Văn An:chair');
  });
  it('the session the headline names is its title; deputies at work there act as the assembly', () => {
    const m = only(
      read(
        'Kỳ họp thứ bảy, Quốc hội khóa XIV: Thông qua Luật Kiến trúc',
        'Chiều 3-4-2019, các đại biểu Quốc hội làm việc tại hội trường, biểu quyết thông qua dự thảo Luật Kiến trúc.',
      ),
    );
    expect(m).toMatchObject({ title: 'Kỳ họp thứ bảy, Quốc hội khóa XIV', organizers: ['Quốc hội'] });
  });
  it('a session the lead recalls after the sitting’s act, or one planned in the headline, is not its title', () => {
    const m = only(
      read(
        'Kỳ họp thứ tám, Quốc hội khóa XIV sẽ bàn về Luật Kiến trúc',
        'Chiều 3-4-2019, Quốc hội làm việc tại hội trường; tại Kỳ họp thứ 6, Quốc hội khóa XIV đã có nghị quyết về việc này.',
      ),
    );
    expect(m.title).toBe('Phiên họp');
  });
  it('deputies working in groups or a province’s assembly "làm việc" elsewhere are not read so', () => {
    expect(read('Tin', 'Chiều 3-4-2019, Quốc hội làm việc với các chuyên gia về dự án luật.').meetings).toEqual([]);
  });
});

describe('a working session whose verb opens the sentence', () => {
  it('"Làm việc với lãnh đạo tỉnh chiều nay, Chủ tịch nước đề nghị …": titled with the noun used later, dated by the report’s day', () => {
    const m = only(
      read(
        'Chủ tịch nước thăm và làm việc tại Hà Giang',
        'Làm việc với lãnh đạo chủ chốt của thành phố sáng nay, Chủ tịch nước Lê Văn An đề nghị tỉnh tập trung phát triển kinh tế trong năm 2019.',
        'Báo cáo của Tỉnh ủy cho biết 6 tháng đầu năm 2019 kinh tế tăng trưởng khá. Phát biểu kết luận buổi làm việc, Chủ tịch nước nhấn mạnh công tác cán bộ.',
        'Sáng qua (14/3), Chủ tịch nước đã thăm một trường học của huyện.',
      ),
    );
    expect(m).toMatchObject({ title: 'Buổi làm việc với lãnh đạo chủ chốt của thành phố', date: '2019-03-15', organizers: [] });
    expect(roles(m)).toEqual(expect.arrayContaining(['Lê Văn An:spoke', 'Lê Văn An:concluded']));
  });
  it('the noun "cuộc" when the report calls it so', () => {
    const m = only(
      read(
        'Phó Thủ tướng làm việc tại Lào Cai',
        'Làm việc với lãnh đạo tỉnh ngày 5/6/2019, Phó Thủ tướng Trần Văn Bình yêu cầu đẩy nhanh giải ngân vốn đầu tư công.',
        'Kết thúc cuộc làm việc, Phó Thủ tướng giao các bộ phối hợp với tỉnh.',
      ),
    );
    expect(m).toMatchObject({ title: 'Cuộc làm việc với lãnh đạo tỉnh', date: '2019-06-05' });
  });
  it('with a body named: "Làm việc với UBND tỉnh X ngày …"', () => {
    const m = only(
      read('Phó Thủ tướng làm việc tại Yên Bái', 'Làm việc với UBND tỉnh Yên Bái ngày 12/4/2019, Phó Thủ tướng Trần Văn Bình yêu cầu tỉnh rà soát quy hoạch.'),
    );
    expect(m).toMatchObject({ title: 'Buổi làm việc với UBND tỉnh Yên Bái', date: '2019-04-12', organizers: ['UBND tỉnh'], place: 'Yên Bái' });
  });
  it('a clause of working hours or a worker’s work is no session', () => {
    expect(read('Tin', 'Làm việc với các hộ dân trong nhiều năm, anh Lê Văn An trở thành người quen của cả xóm.').meetings).toEqual([]);
  });
  it('reportToday: the bracketed day of "nay", or the day after that of "qua"', () => {
    expect(reportToday(fold('Chiều nay (7/7), …'))).toEqual({ day: 7, month: 7, year: null });
    expect(reportToday(fold('Chiều qua (31/7), …'))).toEqual({ day: 1, month: 8, year: null });
    expect(reportToday(fold('Hôm qua (28/2), …'))).toBeNull();
    expect(reportToday(fold('Chiều qua, …'))).toBeNull();
  });
});

describe('a statement placed at a meeting named and dated after it', () => {
  it('"X cho biết như vậy tại buổi họp báo công bố kết quả Hội nghị Y, chiều 9/3.": the press conference, the official quoted spoke', () => {
    const m = only(
      read(
        '‘Doanh nghiệp cần được hỗ trợ nhiều hơn’',
        'Bộ trưởng Bộ Công Thương Lê Văn An cho biết như vậy tại buổi họp báo thông báo kết quả Hội nghị xúc tiến thương mại lần thứ 3, năm 2019, chiều 9/3.',
        'Thứ trưởng Bộ Tài chính Trần Văn Bình trả lời báo chí về chính sách thuế.',
      ),
    );
    expect(m).toMatchObject({ title: 'Buổi họp báo thông báo kết quả Hội nghị xúc tiến thương mại lần thứ 3, năm 2019', date: '2019-03-09' });
    expect(roles(m)).toContain('Lê Văn An:spoke');
  });
  it('one only planned, or named without its day, is not read so', () => {
    expect(
      read('Tin', 'Bộ trưởng Bộ Công Thương Lê Văn An cho biết như vậy tại buổi họp báo sẽ tổ chức về Hội nghị xúc tiến thương mại, chiều 9/3/2019.').meetings,
    ).toEqual([]);
    expect(read('Tin', 'Bộ trưởng Bộ Công Thương Lê Văn An cho biết như vậy tại buổi họp báo về Hội nghị xúc tiến thương mại.').meetings).toEqual([]);
    expect(read('Tin', 'Thủ tướng Lê Văn An cho biết như vậy tại Hội nghị thượng đỉnh ASEAN lần thứ 40, sáng 9/3/2019.').meetings).toEqual([]);
  });
});

describe('the year so far names the current year', () => {
  const lead = 'Làm việc với lãnh đạo tỉnh chiều nay, Chủ tịch nước Lê Văn An đề nghị tỉnh chăm lo đời sống nhân dân.';
  const today = 'Chiều qua (9/8), Chủ tịch nước đã thăm một trường học.';
  it('"trong năm 2018 và 6 tháng đầu năm 2019" reported at the session: 2019', () => {
    const m = only(read('Chủ tịch nước làm việc tại Cao Bằng', lead, 'Theo Tỉnh ủy, kết quả 6 tháng đầu năm 2019 khả quan, thu ngân sách tăng.', today));
    expect(m.date).toBe('2019-08-10');
  });
  it('"so với 6 tháng đầu năm 2018" is the year compared with, not now', () => {
    const m = only(read('Chủ tịch nước làm việc tại Cao Bằng', lead, 'Thu ngân sách tăng 5% so với 6 tháng đầu năm 2018.', today));
    expect(m.date).toBeNull();
  });
});
