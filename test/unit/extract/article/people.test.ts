import { makeDoc } from '../../../../src/extract/article/doc.js';
import { findMentions } from '../../../../src/extract/article/people.js';
import { positionText } from '../../../../src/extract/article/positionParser.js';
import { assignRoles } from '../../../../src/extract/article/roles.js';
import { sentenceSpans } from '../../../../src/extract/article/sentences.js';

const people = (text: string) =>
  findMentions(makeDoc(text), 0, text.length).map((m) => ({ name: m.name, positions: m.positions.map((p) => positionText(p.title, p.org?.name ?? null)) }));

const roles = (text: string) => {
  const doc = makeDoc(text);
  return assignRoles(doc, findMentions(doc, 0, text.length), sentenceSpans(text)).flatMap((h) => h.roles.map((r) => `${h.mention.name}:${r}`));
};

describe('findMentions', () => {
  it('reads "đồng chí Name, position, position"', () => {
    expect(people('Đồng chí Hà Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Nội chính Tỉnh ủy dự.')).toEqual([
      { name: 'Hà Văn Khải', positions: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng ban Nội chính Tỉnh ủy'] },
    ]);
  });
  it('reads "Name – position – position" and a list after "các đồng chí:"', () => {
    expect(people('Dự có các đồng chí: Tạ Thu Hằng – Phó Bí thư Huyện ủy – Chủ tịch UBND huyện; Lò Văn Piệng, Phó Chủ tịch HĐND huyện.')).toEqual([
      { name: 'Tạ Thu Hằng', positions: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] },
      { name: 'Lò Văn Piệng', positions: ['Phó Chủ tịch HĐND huyện'] },
    ]);
  });
  it('reads "đồng chí <position> <Name>" and canonical case of the office', () => {
    expect(people('Phát biểu, đồng chí phó bí thư thường trực thị ủy Vi Thị Xuân nhấn mạnh.')).toEqual([]);
    expect(people('Phát biểu, đồng chí Phó bí thư thường trực thị ủy Vi Thị Xuân nhấn mạnh.')).toEqual([
      { name: 'Vi Thị Xuân', positions: ['Phó Bí thư Thường trực Thị ủy'] },
    ]);
  });
  it('reads a name and an office with no separator, and corrects a diacritic slip in the office', () => {
    expect(people('Đồng chí Mai Văn Tuấn Phó Giám độc Sở Nội vụ phát biểu.')).toEqual([{ name: 'Mai Văn Tuấn', positions: ['Phó Giám đốc Sở Nội vụ'] }]);
  });
  it('needs a family name when nothing introduces the person', () => {
    expect(people('Chủ tịch UBND xã Trịnh Văn Lâm cho biết.')).toEqual([{ name: 'Trịnh Văn Lâm', positions: ['Chủ tịch UBND xã'] }]);
    expect(people('Giám đốc Sở Công Thương Cao Minh Hiếu, Phó Giám đốc Sở Tài chính dự.')).toHaveLength(1);
    expect(people('Theo gương Chủ tịch Hồ Chí Minh, đoàn viên tích cực.')).toEqual([]);
    expect(people('Ngọc Lan, Thu Hà')).toEqual([]);
  });
  it('lets a committee part share the committee of the next position', () => {
    expect(people('đồng chí Đỗ Thị Yến, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Thành ủy')[0]?.positions).toEqual([
      'Ủy viên Ban Thường vụ Thành ủy',
      'Trưởng ban Dân vận Thành ủy',
    ]);
  });
  it('reads ranks as introducers', () => {
    expect(people('Đại tá Lưu Quang Vinh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo.')).toEqual([
      { name: 'Lưu Quang Vinh', positions: ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'] },
    ]);
  });
});

describe('assignRoles', () => {
  it('reads a cue right after the person and positions', () => {
    expect(roles('Đồng chí Hà Văn Khải, Bí thư Huyện ủy chủ trì hội nghị.')).toEqual(['Hà Văn Khải:chair']);
    expect(roles('Đồng chí Hà Văn Khải – Bí thư Huyện ủy dự và chủ trì hội nghị.')).toEqual(['Hà Văn Khải:chair']);
  });
  it('reads a cue heading the clause before the person', () => {
    expect(roles('Dự và chỉ đạo hội nghị có đồng chí Hà Văn Khải, Bí thư Huyện ủy.')).toEqual(['Hà Văn Khải:directed']);
    expect(roles('Tới dự hội nghị có đồng chí Hà Văn Khải; đồng chí Tạ Thu Hằng.')).toEqual(['Hà Văn Khải:attended', 'Tạ Thu Hằng:attended']);
    expect(roles('Kết luận hội nghị, đồng chí Hà Văn Khải yêu cầu.')).toEqual(['Hà Văn Khải:concluded']);
    expect(roles('Phát biểu tại hội nghị, đồng chí Hà Văn Khải đánh giá cao.')).toEqual(['Hà Văn Khải:spoke']);
  });
  it('shares a cue across "A và B"', () => {
    expect(roles('Đồng chí Hà Văn Khải và đồng chí Tạ Thu Hằng đồng chủ trì hội nghị.')).toEqual(['Hà Văn Khải:chair', 'Tạ Thu Hằng:chair']);
  });
  it('reads "có sự tham dự của" anywhere, and not "dự án" or "Kết luận số"', () => {
    expect(roles('Hội nghị có sự tham dự của đồng chí Tạ Thu Hằng.')).toEqual(['Tạ Thu Hằng:attended']);
    expect(roles('Dự án đường huyện, đồng chí Tạ Thu Hằng đề nghị.')).toEqual(['Tạ Thu Hằng:spoke']); // a speech verb (contract), not "dự"
  });
  it('reads a photo caption', () => {
    expect(roles('Đồng chí Tạ Thu Hằng, Chủ tịch UBND huyện phát biểu tại hội nghị')).toEqual(['Tạ Thu Hằng:spoke']);
  });
});

describe('assignRoles: tail cues need the meeting as object', () => {
  it('does not read "chỉ đạo các đơn vị" after the person as a role, and keeps the heading cue', () => {
    expect(roles('Phát biểu tại hội nghị, đồng chí Hà Văn Khải chỉ đạo các đơn vị tập trung khắc phục hạn chế.')).toEqual(['Hà Văn Khải:spoke']);
    expect(roles('Đồng chí Hà Văn Khải, Bí thư Huyện ủy chủ trì.')).toEqual(['Hà Văn Khải:chair']);
  });
});

describe('findMentions: offices alone', () => {
  it('keeps "đồng chí <office>" as an unnamed mention, but not after the plural "các đồng chí"', () => {
    const ms = (t: string) => findMentions(makeDoc(t), 0, t.length).map((m) => [m.name, m.positions.length]);
    expect(ms('Kết luận, đồng chí Bí thư Huyện ủy đề nghị.')).toEqual([['', 1]]);
    expect(ms('Dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy.')).toEqual([]);
  });
});

describe('assignRoles: comma-joined cues', () => {
  it('reads "dự, chủ trì" like "dự và chủ trì"', () => {
    expect(roles('Đồng chí Hà Văn Khải, Bí thư Huyện ủy dự, chủ trì hội nghị.')).toEqual(['Hà Văn Khải:chair']);
  });
});

describe('findMentions: lower-case office after a separator', () => {
  it('reads it, in standard case', () => {
    expect(people('đồng chí Lò Thị Mai, phó chủ tịch UBND xã phát biểu.')).toEqual([{ name: 'Lò Thị Mai', positions: ['Phó Chủ tịch UBND xã'] }]);
  });
});

describe('findMentions: office in brackets', () => {
  it('reads "Name (office)" without an introducer', () => {
    expect(people('Trao đổi với phóng viên, Lường Văn Pản (Chủ tịch UBND xã) cho biết.')).toEqual([{ name: 'Lường Văn Pản', positions: ['Chủ tịch UBND xã'] }]);
  });
});

describe('assignRoles: a verb of speech after the cue', () => {
  it('reads "phát biểu nhấn mạnh …" after the person as spoke', () => {
    expect(roles('Dịp này, đồng chí Đỗ Minh Quân, Bí thư Thị ủy phát biểu nhấn mạnh vai trò của ngành giáo dục.')).toEqual(['Đỗ Minh Quân:spoke']);
  });
});
