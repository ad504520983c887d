// Roles and places of local reports (roles.ts, roles.json, meetingPlace.ts), from the misses of
// the third batch of test/gold-local: a leader who "làm việc với" a host, "chia sẻ:" as speech, a
// title chain ending on the locality of a ward, a document's author who does not speak, a working
// session with "lãnh đạo huyện X", a numbered urban district. Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { findMentions } from '../../../../src/extract/article/people.js';
import { assignRoles } from '../../../../src/extract/article/roles.js';
import { sentenceSpans } from '../../../../src/extract/article/sentences.js';

const roles = (text: string): string[] => {
  const doc = makeDoc(text);
  return assignRoles(doc, findMentions(doc, 0, text.length), sentenceSpans(text)).flatMap((h) => h.roles.map((r) => `${h.mention.name}:${r}`));
};
const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));

describe('a leader who "làm việc với" a host attends the working session', () => {
  it('"A làm việc với …", "A đã có buổi làm việc với …" → attended', () => {
    expect(roles('Sáng 9/3, Bí thư Tỉnh ủy Sơn La Lê Văn Tâm làm việc với lãnh đạo huyện Mộc Châu.')).toEqual(['Lê Văn Tâm:attended']);
    expect(roles('Chiều 3-4, Phó Chủ tịch UBND tỉnh Lê Văn Tâm đã có buổi làm việc với UBND huyện Mỹ Đức.')).toEqual(['Lê Văn Tâm:attended']);
  });
  it('only when nothing says more: a leader who also speaks at it spoke (test/gold-genre 052, 099)', () => {
    expect(
      roles(
        'Sáng 9/3, Bí thư Tỉnh ủy Sơn La Lê Văn Tâm làm việc với lãnh đạo huyện Mộc Châu. Phát biểu tại buổi làm việc, Bí thư Tỉnh ủy Lê Văn Tâm yêu cầu huyện xử lý rác.',
      ),
    ).toEqual(['Lê Văn Tâm:spoke']);
  });
  it('a clause headed by "Làm việc với …" keeps the speech of the person after it', () => {
    expect(roles('Làm việc với đoàn, ông Lê Văn Tâm, Giám đốc Sở Xây dựng cho biết tiến độ chậm.')).toEqual(['Lê Văn Tâm:spoke']);
  });
  it('"làm việc" without "với" is no cue', () => {
    expect(roles('Ông Lê Văn Tâm, Giám đốc Sở Xây dựng làm việc tại đây từ năm 2010.')).toEqual([]);
  });
});

describe('"chia sẻ" as speech at the meeting', () => {
  it('"A, title chia sẻ:" and "chia sẻ tại hội nghị" → spoke', () => {
    expect(roles('Ông Lê Văn Tâm, Chủ tịch UBND phường An Hòa chia sẻ: phường không còn quỹ đất.')).toEqual(['Lê Văn Tâm:spoke']);
    expect(roles('Bà Trần Thị Hoa, Giám đốc Sở Y tế chia sẻ tại hội nghị về kinh nghiệm phòng dịch.')).toEqual(['Trần Thị Hoa:spoke']);
  });
  it('sharing hardship with people ("chia sẻ khó khăn với …") is no speech', () => {
    expect(roles('Ông Lê Văn Tâm, Chủ tịch UBND phường An Hòa chia sẻ khó khăn với bà con.')).toEqual([]);
  });
});

describe('a title chain that ends on the locality of its last office', () => {
  it('"…, Chủ tịch phường X, quận 3 cho biết" keeps the verb', () => {
    expect(roles('Bà Trần Thị Hoa, Bí thư kiêm Chủ tịch phường Bến Nghé, quận 3 cho biết phường đã giải tỏa 20 điểm.')).toEqual(['Trần Thị Hoa:spoke']);
    expect(roles('Ông Lê Văn Tâm, Chủ tịch UBND xã Tân Lập, huyện Đan Phượng nói, xã đã hoàn thành.')).toEqual(['Lê Văn Tâm:spoke']);
  });
});

describe('the author of a document named after "của" does not speak', () => {
  it('"Cụ thể, báo cáo thẩm tra …tờ trình của Chủ tịch UBND tỉnh A về việc …" gives A no role', () => {
    expect(
      roles(
        'Cụ thể, báo cáo thẩm tra tại kỳ họp, Ban Pháp chế thống nhất thông qua tờ trình số 12 của Chủ tịch UBND tỉnh Lê Văn Tâm về việc miễn nhiệm một Phó Chủ tịch.',
      ),
    ).toEqual([]);
  });
  it('an "anywhere" cue ending in "của" still names its person', () => {
    expect(roles('Hội nghị diễn ra dưới sự chủ trì của đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy.')).toEqual(['Lê Văn Tâm:chair']);
  });
});

describe('the place of a working session and of a numbered urban district', () => {
  it('"làm việc với lãnh đạo huyện X": the host locality is the place', () => {
    const d = read(
      'Lãnh đạo tỉnh làm việc với Mộc Châu',
      'Phát biểu chỉ đạo tại buổi làm việc với lãnh đạo huyện Mộc Châu, Bí thư Tỉnh ủy Sơn La Lê Văn Tâm yêu cầu huyện giải quyết rác thải. Sáng 9/3, Bí thư Tỉnh ủy Sơn La Lê Văn Tâm làm việc với lãnh đạo huyện Mộc Châu.',
    );
    expect(d.meetings[0]?.place).toBe('Mộc Châu');
  });
  it('a body of "quận N" (only Hồ Chí Minh City numbers its urban districts) is placed in the city', () => {
    const d = read('Quận 3 sơ kết trật tự đô thị', 'Chiều 14/6/2017, UBND quận 3 đã tổ chức hội nghị sơ kết 5 tháng công tác quản lý trật tự đô thị.');
    expect(d.meetings[0]?.place).toBe('Hồ Chí Minh');
  });
  it('a numbered ward ("phường 2") names no city', () => {
    const d = read('Phường 2 họp dân', 'Chiều 14/6/2017, UBND phường 2 đã tổ chức hội nghị lấy ý kiến nhân dân.');
    expect(d.meetings[0]?.place ?? null).toBeNull();
  });
});
