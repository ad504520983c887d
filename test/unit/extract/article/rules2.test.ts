// Rules added after the first round: by-line trailers, explicit heads after an office, lower-case
// bodies, cue prefixes, leads deep in the body.
import { findByline, parseByline } from '../../../../src/extract/article/authors.js';
import { findPublishedOn } from '../../../../src/extract/article/publishedOn.js';
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';
import { findMentions } from '../../../../src/extract/article/people.js';
import { positionText } from '../../../../src/extract/article/positionParser.js';
import { assignRoles } from '../../../../src/extract/article/roles.js';
import { sentenceSpans } from '../../../../src/extract/article/sentences.js';
import { findMeetingLeads } from '../../../../src/extract/article/meetingLeads.js';

const positions = (text: string) =>
  findMentions(makeDoc(text), 0, text.length).flatMap((m) => m.positions.map((p) => positionText(p.title, p.org?.name ?? null, p.implied)));

describe('by-line trailers and affiliations', () => {
  it('drops an affiliation written after a dash', () => {
    expect(parseByline('Lan Anh - Trung tâm Văn hóa huyện')).toEqual(['Lan Anh']);
  });
  it('is not a source line', () => {
    expect(parseByline('Nguồn: Báo Lạng Sơn')).toBeNull();
  });
  it('looks past a date line or photo credit after the by-line', () => {
    const text = 'Nội dung.\n\nLan Anh\n\n16:20 08/09/2021';
    expect(findByline(text)?.authors).toEqual(['Lan Anh']);
    expect(findPublishedOn(text)?.date).toBe('2021-09-08');
  });
});

describe('offices and their bodies', () => {
  it('takes a head written again after the office', () => {
    expect(positions('đồng chí Vũ Minh Hải, Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy')).toEqual(['Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy']);
  });
  it('does not take the committee alone as the body of "Chánh Văn phòng"', () => {
    expect(positions('đồng chí Vũ Minh Hải, Chánh Văn phòng Huyện ủy')).toEqual(['Chánh Văn phòng Huyện ủy']);
  });
  it('reads an all-lower-case body when its committee follows', () => {
    expect(parseOrgAt(makeDoc('ban tuyên giáo huyện ủy chủ trì'), 0)?.name).toBe('Ban Tuyên giáo Huyện ủy');
    expect(parseOrgAt(makeDoc('Huyện đoàn Lục Ngạn'), 0)).toMatchObject({ name: 'Huyện đoàn', place: 'Lục Ngạn' });
  });
});

describe('cue prefixes', () => {
  it('reads "tham dự và phát biểu chỉ đạo" as directed and spoke', () => {
    const text = 'Tham dự và phát biểu chỉ đạo hội nghị có đồng chí Vũ Minh Hải.';
    const doc = makeDoc(text);
    const hits = assignRoles(doc, findMentions(doc, 0, text.length), sentenceSpans(text));
    expect(hits.flatMap((h) => h.roles)).toEqual(['directed', 'spoke']);
  });
});

describe('leads', () => {
  it('ignores a dated meeting deep in the body', () => {
    const text = [
      'Tiêu đề',
      'Đoạn một.',
      'Đoạn hai.',
      'Đoạn ba.',
      'Đoạn bốn.',
      'Đoạn năm.',
      'Đoạn sáu.',
      'Đoạn bảy.',
      'Ngày 2/3, Huyện ủy tổ chức Hội nghị sơ kết.',
    ].join('\n\n');
    expect(findMeetingLeads(text, sentenceSpans(text))).toEqual([]);
  });
});

describe('generic committee words and blocs', () => {
  it('does not read a plural "các huyện, thành ủy" as a body in free text', async () => {
    const { scanOrganizations } = await import('../../../../src/extract/article/organizations.js');
    const text = 'Trưởng ban Tuyên giáo các huyện, thị, thành ủy, đảng ủy trực thuộc dự. Thành ủy Vinh chỉ đạo.';
    expect(scanOrganizations(makeDoc(text), 0, text.length, []).map((o) => o.name)).toEqual(['Thành ủy']);
  });
  it('reads "Đảng ủy Khối" with or without its full name', () => {
    expect(parseOrgAt(makeDoc('Đảng ủy Khối các cơ quan tỉnh'), 0)?.name).toBe('Đảng ủy Khối các cơ quan tỉnh');
    expect(parseOrgAt(makeDoc('Đảng ủy Khối chủ trì'), 0)).toMatchObject({ name: 'Đảng ủy Khối', anchored: false });
  });
  it('keeps a proper name in a body as written', () => {
    expect(parseOrgAt(makeDoc('Báo Quảng Trị đưa tin'), 0)?.name).toBe('Báo Quảng Trị');
  });
});

describe('more body shapes', () => {
  it('reads whole names that need no level, not a plural after a body', async () => {
    const { scanOrganizations } = await import('../../../../src/extract/article/organizations.js');
    const text = 'Hội Cựu chiến binh, Hội Nông dân, Đoàn Thanh niên các xã và các Ban xây dựng Đảng của Huyện ủy.';
    expect(scanOrganizations(makeDoc(text), 0, text.length, []).map((o) => o.name)).toEqual(['Hội Cựu chiến binh', 'Hội Nông dân', 'Huyện ủy']);
  });
  it('reads a lead behind a news-agency tag', async () => {
    const { readLeadDate } = await import('../../../../src/extract/article/meetingDate.js');
    expect(readLeadDate('(ĐCSVN) – Sáng 15/3, Ban Tuyên giáo Trung ương tổ chức')?.date).toEqual({ day: 15, month: 3, year: null });
  });
});

describe('offices without a person in free text', () => {
  it('give the body after the office, and a national body stays whole', async () => {
    const { scanOrganizations } = await import('../../../../src/extract/article/organizations.js');
    const text = 'Phó Bí thư Thường trực Quận ủy chỉ đạo. Chỉ thị số 16 của Thủ tướng Chính phủ.';
    expect(scanOrganizations(makeDoc(text), 0, text.length, []).map((o) => o.name)).toEqual(['Quận ủy', 'Thủ tướng Chính phủ']);
  });
});

describe('congress names', () => {
  it('a body right after "Đại hội (đại biểu)" names the congress, not a body acting', async () => {
    const { scanOrganizations } = await import('../../../../src/extract/article/organizations.js');
    const text = 'Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XX, Đảng ủy xã Tân Lập đã lãnh đạo.';
    expect(scanOrganizations(makeDoc(text), 0, text.length, []).map((o) => o.name)).toEqual(['Đảng ủy xã']);
  });
});
