// Offices given in election, appointment and dismissal phrases, and an office joined to a name
// across a bracketed aside (appointments.ts). Every sentence is invented for this file.
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { findMentions } from '../../../../src/extract/article/people.js';
import { positionText } from '../../../../src/extract/article/positionParser.js';
import { assignRoles } from '../../../../src/extract/article/roles.js';
import { sentenceSpans } from '../../../../src/extract/article/sentences.js';

/** Each person's offices, merged over their mentions, in order. */
const offices = (text: string): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const m of findMentions(makeDoc(text), 0, text.length)) {
    const list = (out[m.name] ??= []);
    for (const p of m.positions) {
      const t = positionText(p.title, p.org?.name ?? null, p.implied);
      if (!list.includes(t)) list.push(t);
    }
  }
  return out;
};

const roles = (text: string): string[] => {
  const doc = makeDoc(text);
  return assignRoles(doc, findMentions(doc, 0, text.length), sentenceSpans(text)).flatMap((h) => h.roles.map((r) => `${h.mention.name}:${r}`));
};

describe('offices of a dismissal or an election, written before their holders', () => {
  it('"miễn nhiệm chức vụ X đối với ông A (nguyên …) và ông B (…)" gives X to both', () => {
    expect(
      offices(
        'Tờ trình về việc miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Phan Văn Bảy (nguyên Giám đốc Sở Xây dựng) và ông Hà Văn Minh (nguyên Giám đốc Sở Y tế) để nghỉ hưu.',
      ),
    ).toEqual({ 'Phan Văn Bảy': ['Ủy viên UBND tỉnh', 'Giám đốc Sở Xây dựng'], 'Hà Văn Minh': ['Ủy viên UBND tỉnh', 'Giám đốc Sở Y tế'] });
  });
  it('"bầu bổ sung chức danh 2 Phó Chủ tịch … đối với ông A, …, và ông B", "bổ sung X với ông C"', () => {
    expect(
      offices(
        'HĐND tỉnh xác nhận kết quả bầu bổ sung chức danh 2 Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Tâm, Giám đốc Sở Y tế và ông Trần Văn Lộc, Giám đốc Sở Công Thương.',
      ),
    ).toEqual({ 'Lê Văn Tâm': ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Y tế'], 'Trần Văn Lộc': ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Công Thương'] });
    expect(offices('HĐND tỉnh nghe Tờ trình về việc bổ sung Ủy viên UBND tỉnh với ông Lê Văn Tâm (hiện đang giữ chức Giám đốc Sở Y tế).')).toEqual({
      'Lê Văn Tâm': ['Ủy viên UBND tỉnh', 'Giám đốc Sở Y tế'],
    });
  });
  it('"cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa XV (nhiệm kỳ …) đối với ông A": a council deputy', () => {
    expect(
      offices(
        'Thường trực HĐND tỉnh trình việc cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa XV (nhiệm kỳ 2016 - 2021) đối với ông Lê Văn Tâm để nhận công tác khác.',
      ),
    ).toEqual({ 'Lê Văn Tâm': ['Đại biểu HĐND tỉnh'] });
  });
  it('the office of one clause is not given to a person of the next one', () => {
    expect(offices('HĐND tỉnh đã miễn nhiệm chức vụ Ủy viên UBND tỉnh. Ông Lê Văn Tâm phát biểu.')).toEqual({ 'Lê Văn Tâm': [] });
    expect(offices('Tỉnh đã bầu bổ sung Ủy viên UBND tỉnh; sau đó, đối với ông Lê Văn Tâm, tỉnh giao nhiệm vụ mới.')).toEqual({ 'Lê Văn Tâm': [] });
  });
});

describe('offices of an election, written after their holders', () => {
  it('"A, …, và B, …, đã được HĐND tỉnh ngày … bầu giữ chức X" gives X to both subjects', () => {
    expect(
      offices(
        'Ông Lê Văn Tâm, Giám đốc Sở Tài chính, và ông Trần Văn Lộc, Giám đốc Sở Y tế, đã được HĐND tỉnh Nam Định ngày 5-3 bầu giữ chức Phó Chủ tịch UBND tỉnh Nam Định.',
      ),
    ).toEqual({ 'Lê Văn Tâm': ['Giám đốc Sở Tài chính', 'Phó Chủ tịch UBND tỉnh'], 'Trần Văn Lộc': ['Giám đốc Sở Y tế', 'Phó Chủ tịch UBND tỉnh'] });
  });
  it('a person named in apposition before the subject is no subject ("của bà A, ông B … được bổ nhiệm")', () => {
    expect(
      offices(
        'Người tiền nhiệm của bà Trần Thị Hoa, ông Lê Văn Tâm, nguyên Vụ trưởng Vụ Ngân sách đã được điều động, bổ nhiệm giữ chức vụ Phó Trưởng ban Kinh tế Trung ương.',
      ),
    ).toEqual({ 'Trần Thị Hoa': [], 'Lê Văn Tâm': ['Vụ trưởng Vụ Ngân sách', 'Phó Trưởng ban Kinh tế Trung ương'] });
  });
  it('"bà Hoa được … bầu trúng đại biểu HĐND huyện": the given name of a person named before', () => {
    expect(offices('Năm 2008, bà Trần Thị Hoa, Chủ tịch Hội Phụ nữ xã, về nghỉ. Bà Hoa được giới thiệu và dân bầu trúng đại biểu HĐND huyện.')).toEqual({
      'Trần Thị Hoa': ['Chủ tịch Hội Phụ nữ xã', 'Đại biểu HĐND huyện'],
    });
  });
  it('"A trúng cử Ủy viên UBND tỉnh"', () => {
    expect(offices('Ông Lê Văn Tâm trúng cử Ủy viên UBND tỉnh Nam Định khóa XV với 64/67 phiếu.')).toEqual({ 'Lê Văn Tâm': ['Ủy viên UBND tỉnh'] });
  });
});

describe('an office joined to a name across a bracketed aside', () => {
  it('"bà A (em dâu ông B) là X", "ông A (…) đang là X", "(…) làm X", "(…) từ … lên làm X"', () => {
    expect(offices('Bà Trần Thị Hoa (em dâu ông Tâm) là Chánh Văn phòng Đảng ủy xã.')).toEqual({ 'Trần Thị Hoa': ['Chánh Văn phòng Đảng ủy xã'] });
    expect(offices('Ông Lê Văn Tâm (con trai bà Hoa) đang là Phó Chủ tịch UBND xã Tân Lập.')).toEqual({ 'Lê Văn Tâm': ['Phó Chủ tịch UBND xã'] });
    expect(offices('Ông Phan Văn Bảy (cùng họ với ông Tâm) làm Trưởng Công an xã.')).toEqual({ 'Phan Văn Bảy': ['Trưởng Công an xã'] });
    expect(offices('Bà Trần Thị Hoa (cháu ông Tâm) từ cán bộ UBND xã lên làm Phó Chủ tịch UBND xã nhiệm kỳ 2016 – 2021.')).toEqual({
      'Trần Thị Hoa': ['Phó Chủ tịch UBND xã'],
    });
  });
  it('"ông Tâm (khi đó đang làm X)": a former office of the person named in full before', () => {
    expect(offices('Ông Lê Văn Tâm, Bí thư Đảng ủy xã, bị phê bình. Năm 2014, ông Tâm (khi đó đang làm Phó Chủ tịch UBND xã) bị kỷ luật.')).toEqual({
      'Lê Văn Tâm': ['Bí thư Đảng ủy xã', 'Phó Chủ tịch UBND xã'],
    });
  });
  it('an aside with no office joined after it gives nothing', () => {
    expect(offices('Ông Lê Văn Tâm (con trai bà Hoa) làm việc tại xã.')).toEqual({ 'Lê Văn Tâm': [] });
  });
});

describe('offices told in personnel phrases give no role', () => {
  it('an elected office is no turn at the meeting', () => {
    expect(roles('Tại kỳ họp, HĐND tỉnh đã bầu bổ sung chức danh Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Tâm.')).toEqual([]);
  });
});
