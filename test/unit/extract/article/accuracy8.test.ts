// Eighth accuracy round: participants' roles after long title chains and the names of numbered
// meetings, classes found on genre-dev answers (national reports). Every sentence is invented
// for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const rolesOf = (doc: ContractDocument, name: string): string[] => (doc.meetings[0]?.participants ?? []).filter((p) => p.name === name).map((p) => p.role);

describe('the verb after a person’s title chain is that person’s', () => {
  const lead = ['Hội nghị tổng kết công tác thi đua', 'Ngày 14/3/2021, Ủy ban nhân dân tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua năm 2020.'];
  it('a chain of offices with abbreviated and dashed bodies keeps the chair cue', () => {
    const doc = read(...lead, 'Ông Lê Văn Tâm, Phó Bí thư T.Ư Đoàn, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh, Giám đốc Sở Nội vụ chủ trì hội nghị.');
    expect(rolesOf(doc, 'Lê Văn Tâm')).toEqual(['chair']);
  });
  it('a body with "và" in it is one body, and the cue after its comma is the person’s', () => {
    const doc = read(...lead, 'Bà Trần Thu Hà, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, đọc tờ trình của Ủy ban nhân dân tỉnh.');
    expect(rolesOf(doc, 'Trần Thu Hà')).toEqual(['spoke']);
  });
  it('a body written in sentence case does not hide the verb', () => {
    const doc = read(...lead, 'Ông Hoàng Nam Sơn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh chủ trì hội nghị.');
    expect(rolesOf(doc, 'Hoàng Nam Sơn')).toEqual(['chair']);
  });
  it('a capitalised cue word inside a body’s name is no verb', () => {
    const doc = read(...lead, 'Ông Hoàng Nam Sơn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh trao bằng khen cho các tập thể.');
    expect(rolesOf(doc, 'Hoàng Nam Sơn')).toEqual([]);
  });
  it('a clause that goes on after the chain gives the later verb to no one', () => {
    const doc = read(...lead, 'Ông Vũ Đức Minh, Chủ tịch UBND huyện nghe báo cáo của các xã về công tác thi đua.');
    expect(rolesOf(doc, 'Vũ Đức Minh')).toEqual([]);
  });
  it('another person between the chain and the verb takes it', () => {
    const doc = read(...lead, 'Ông Lê Văn Tâm, Phó Bí thư T.Ư Đoàn, ông Đinh Văn Hùng, Giám đốc Sở Nội vụ chủ trì hội nghị.');
    expect(rolesOf(doc, 'Đinh Văn Hùng')).toEqual(['chair']);
  });
});

describe('a numbered meeting is named whole, and its sittings are no meetings of their own', () => {
  it('a later working day of a plenum names the plenum, with no day of its own', () => {
    const doc = read(
      'Tỉnh ủy thảo luận về quy hoạch tỉnh',
      'Ngày 14/11, Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh Cao Bằng khóa XX bước sang ngày làm việc thứ hai.',
      'Ông Hà Văn Đức, Phó Bí thư Thường trực Tỉnh ủy, thay mặt Ban Thường vụ Tỉnh ủy điều hành phiên họp.',
    );
    expect(doc.meetings.map((m) => [m.title, m.date])).toEqual([['Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh Cao Bằng khóa XX', null]]);
    expect(rolesOf(doc, 'Hà Văn Đức')).toEqual(['chair']);
  });
  it('its first working day is the day it was held', () => {
    const doc = read('Khai mạc hội nghị', 'Ngày 14/11/2022, Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh Cao Bằng khóa XX bước vào ngày làm việc đầu tiên.');
    expect(doc.meetings.map((m) => m.date)).toEqual(['2022-11-14']);
  });
  it('a sitting word alone after a named session takes the session’s name', () => {
    const doc = read(
      'Tại kỳ họp thứ sáu HĐND tỉnh khóa XVIII, các đại biểu chất vấn về giải phóng mặt bằng',
      'Ông Lục Văn Khang, Giám đốc Sở Tài nguyên và Môi trường, phát biểu tại kỳ họp.',
    );
    expect(doc.meetings.map((m) => m.title)).toEqual(['Kỳ họp thứ sáu HĐND tỉnh khóa XVIII']);
  });
  it('the plenum written short ("Hội nghị Trung ương 6 khóa XIII") is a name too', () => {
    const doc = read(
      'Bế mạc Hội nghị Trung ương 6 khóa XIII',
      'Ông Đỗ Minh Tuấn, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, thay mặt Bộ Chính trị điều hành phiên bế mạc.',
    );
    expect(doc.meetings.map((m) => m.title)).toEqual(['Hội nghị Trung ương 6 khóa XIII']);
  });
  it('a plenum named inside a resolution’s name is not the meeting', () => {
    const doc = read('Quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII', 'Ông Lò Minh Hải, Bí thư Huyện ủy, chủ trì cuộc họp.');
    expect(doc.meetings.map((m) => m.title).join()).not.toMatch(/Trung ương 8/u);
  });
});

describe('a meeting held under its own name keeps the name as written', () => {
  it('"tổ chức họp phiên …" is the name the body gives its meeting', () => {
    const doc = read('Hội đồng thi đua họp phiên cuối năm', 'Ngày 5/1/2022, Hội đồng Thi đua - Khen thưởng tỉnh Sơn La tổ chức họp phiên cuối năm 2021.');
    expect(doc.meetings.map((m) => m.title)).toEqual(['Họp phiên cuối năm 2021']);
  });
  it('"X họp phiên thứ 3": the verb says a sitting was held, named by its noun', () => {
    const doc = read('Ban Chỉ đạo họp phiên thứ 3', 'Ngày 5/1/2022, Ban Chỉ đạo tỉnh Sơn La đã họp phiên thứ 3.');
    expect(doc.meetings.map((m) => m.title)).toEqual(['Phiên họp thứ 3 của Ban Chỉ đạo tỉnh Sơn La']);
  });
});

describe('a sitting or a working session is the object of a role cue', () => {
  it('"điều hành phiên bế mạc" and "chủ trì cuộc làm việc" are roles at the meeting', () => {
    const doc = read(
      'Bế mạc Hội nghị Trung ương 6 khóa XIII',
      'Ông Đỗ Minh Tuấn, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, thay mặt Bộ Chính trị điều hành phiên bế mạc.',
    );
    expect(rolesOf(doc, 'Đỗ Minh Tuấn')).toEqual(['chair']);
    const work = read(
      'Làm việc về sắp xếp doanh nghiệp',
      'Chiều 9/3/2021, Phó Thủ tướng Hà Quang Vinh chủ trì cuộc làm việc với Bộ Công Thương về sắp xếp doanh nghiệp nhà nước.',
    );
    expect(rolesOf(work, 'Hà Quang Vinh')).toEqual(['chair']);
  });
});

describe('a list of attendees that ends on members who are no persons shares its cue', () => {
  const lead = ['Khai mạc kỳ họp', 'Sáng 4/12/2023, Kỳ họp thứ 9 HĐND tỉnh Yên Bái khóa XIX khai mạc.'];
  it('"A, …; B, …; đại diện các sở, ngành đã dự phiên khai mạc": A and B attended', () => {
    const doc = read(...lead, 'Bí thư Tỉnh ủy Đỗ Đức Minh; Chủ tịch UBND tỉnh Trần Huy Tuấn; đại diện các sở, ngành của tỉnh đã dự phiên khai mạc.');
    expect(rolesOf(doc, 'Đỗ Đức Minh')).toEqual(['attended']);
    expect(rolesOf(doc, 'Trần Huy Tuấn')).toEqual(['attended']);
  });
  it('a speech verb of the others is not the persons’ speech', () => {
    const doc = read(...lead, 'Chủ tịch UBND tỉnh Trần Huy Tuấn; các đại biểu HĐND tỉnh phát biểu thảo luận về dự toán ngân sách.');
    expect(rolesOf(doc, 'Trần Huy Tuấn')).toEqual([]);
  });
});

describe('a lead dated "hôm nay 22.5" without brackets', () => {
  it('opens on the day like "hôm nay (22/5)"', () => {
    const doc = read(
      'Khai mạc kỳ họp thứ 7, HĐND tỉnh khóa XVI',
      'Hôm nay 12.7.2023, kỳ họp thứ 7, HĐND tỉnh Lào Cai khóa XVI khai mạc tại thành phố Lào Cai.',
    );
    expect(doc.meetings.map((m) => [m.title, m.date])).toEqual([['Kỳ họp thứ 7, HĐND tỉnh Lào Cai khóa XVI', '2023-07-12']]);
  });
});

describe('the year gone so far tells the report’s year', () => {
  it('"những tháng đầu năm 2023" anywhere dates a lead written without its year', () => {
    const doc = read(
      'Khai mạc kỳ họp thứ 7, HĐND tỉnh khóa XVI',
      'Sáng 12/7, kỳ họp thứ 7, HĐND tỉnh Lào Cai khóa XVI khai mạc tại thành phố Lào Cai.',
      'Các đại biểu nghe báo cáo tình hình kinh tế - xã hội những tháng đầu năm 2023.',
      'Kỳ họp sẽ thông qua Nghị quyết về chương trình giám sát năm 2024 và Nghị quyết về kế hoạch đầu tư công năm 2024.',
    );
    expect(doc.meetings.map((m) => m.date)).toEqual(['2023-07-12']);
  });
});

describe('a place written between an office and a name is no part of the name', () => {
  it('"Chủ tịch Hà Nội Nguyễn Văn A" names Nguyễn Văn A', () => {
    const doc = read(
      'Chủ tịch Hà Nội Trần Quốc Hưng yêu cầu kiểm tra các trường học',
      'Sáng 6/2/2023, UBND thành phố tổ chức hội nghị giao ban với các sở, ngành.',
    );
    expect(doc.people.map((p) => p.name)).toEqual(['Trần Quốc Hưng']);
  });
  it('a two-word rest is not read as a name after a place', () => {
    const doc = read('Tin quốc tế', 'Đô đốc John Miller, Tư lệnh Bộ Tư lệnh Thái Bình Dương Mỹ thăm Hàn Quốc.');
    expect(doc.people.map((p) => p.name)).not.toContain('Dương Mỹ');
  });
});

describe('a framing clause with commas before the day', () => {
  it('"Tiếp tục chương trình … sau Kỳ họp thứ ba, Quốc hội khóa XIV, ngày 27/6, …" opens the lead at the day', () => {
    const doc = read(
      'Tiếp xúc cử tri',
      'Tiếp tục chương trình tiếp xúc cử tri sau Kỳ họp thứ năm, Quốc hội khóa XV, ngày 27/6/2023, Đoàn đại biểu Quốc hội tỉnh Lai Châu đã tiếp xúc cử tri tại xã Nậm Tăm.',
    );
    expect(doc.meetings.map((m) => [m.title, m.date])).toEqual([['Buổi tiếp xúc cử tri tại xã Nậm Tăm', '2023-06-27']]);
  });
  it('"đến thăm và làm việc với" is the working session’s verb, no part of the team', () => {
    const doc = read(
      'Làm việc tại Công an tỉnh',
      'Tiếp tục chuyến công tác tại các tỉnh, thành phía Bắc, sáng 7/3/2023, Đoàn công tác của Bộ Tư pháp đến thăm và làm việc với Sở Tư pháp tỉnh Hà Giang.',
    );
    expect(doc.meetings.map((m) => m.title)).toEqual(['Buổi làm việc của Đoàn công tác của Bộ Tư pháp với Sở Tư pháp tỉnh Hà Giang']);
  });
});

describe('a numbered meeting’s name ends with its term', () => {
  it('the clause after "(khóa X)," tells what it did', () => {
    const doc = read(
      'Tỉnh ủy họp',
      'Ngày 30/6/2023, Tỉnh ủy Bạc Liêu tổ chức Hội nghị lần thứ 12 (khóa XVI), đánh giá tình hình phát triển kinh tế 6 tháng đầu năm.',
    );
    expect(doc.meetings.map((m) => m.title)).toEqual(['Hội nghị lần thứ 12 (khóa XVI)']);
  });
  it('", nhiệm kỳ …" after the term is still its name', () => {
    const doc = read('HĐND họp', 'Sáng 3/7/2023, HĐND tỉnh Bạc Liêu tổ chức Kỳ họp thứ 12, HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026.');
    expect(doc.meetings.map((m) => m.title)).toEqual(['Kỳ họp thứ 12, HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026']);
  });
});

describe('a bracketed aside after the positions', () => {
  it('"(tỉnh X)" between the positions and the cue keeps the cue the person’s', () => {
    const doc = read('Giao ban', 'Chiều 9/2/2023, ông Đào Văn Phúc - Chủ tịch UBND thành phố Cẩm Phả (tỉnh Quảng Ninh) chủ trì hội nghị giao ban tháng 1.');
    expect(rolesOf(doc, 'Đào Văn Phúc')).toEqual(['chair']);
  });
});
