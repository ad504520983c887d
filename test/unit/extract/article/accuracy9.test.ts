// Ninth accuracy round: classes found on the local set (issue 9): a team's working session
// reported without its day, a year of recalled history, and "Theo ông A, …" closed with the
// speaker's words. Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';
import { inferYear } from '../../../../src/extract/article/meetingDate.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const rolesOf = (doc: ContractDocument, name: string): string[] => (doc.meetings[0]?.participants ?? []).filter((p) => p.name === name).map((p) => p.role);

describe('a team’s working session written without its day (M-a)', () => {
  const headline = 'Bộ Y tế làm việc với tỉnh Hà Giang';
  it('is a meeting of the team with its host, with no date, and keeps its participants', () => {
    const doc = read(
      headline,
      'Đoàn công tác của Bộ Y tế do ông Lý Văn Nam, Thứ trưởng Bộ Y tế làm trưởng đoàn đã có buổi làm việc với tỉnh Hà Giang về công tác y tế dự phòng.',
      'Tham dự buổi làm việc có ông Đỗ Minh Khoa, Phó Chủ tịch UBND tỉnh Hà Giang.',
      'Kết luận buổi làm việc, ông Lý Văn Nam đề nghị tỉnh rà soát các trạm y tế xã.',
    );
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]?.title).toBe('Buổi làm việc của Đoàn công tác của Bộ Y tế với tỉnh Hà Giang');
    expect(doc.meetings[0]?.date).toBeNull();
    expect(rolesOf(doc, 'Đỗ Minh Khoa')).toContain('attended');
    expect(rolesOf(doc, 'Lý Văn Nam')).toContain('concluded');
  });
  it('an inspection team working with a province is one too', () => {
    const doc = read(
      'Kiểm tra công tác phòng chống thiên tai',
      'Đoàn kiểm tra của Bộ Nông nghiệp và Phát triển nông thôn làm việc với tỉnh Quảng Ngãi về công tác phòng chống thiên tai.',
    );
    expect(doc.meetings.map((m) => m.title)).toEqual(['Buổi làm việc của Đoàn kiểm tra của Bộ Nông nghiệp và Phát triển nông thôn với tỉnh Quảng Ngãi']);
  });
  it('a photo caption of a team at work is no lead', () => {
    const doc = read(
      'Xử phạt ba cơ sở kinh doanh thuốc',
      'Đoàn kiểm tra của Bộ Y tế làm việc với đại diện nhà thuốc Minh Châu. Ảnh T.L',
      'Qua kiểm tra, ba cơ sở bị phạt tổng cộng 40 triệu đồng.',
    );
    expect(doc.meetings).toEqual([]);
  });
  it('a dated working session with a named locality has that locality as its host', () => {
    const doc = read('Bí thư Tỉnh ủy làm việc với huyện Tam Đảo', 'Ngày 8/3/2017, ông Trần Văn Bình, Bí thư Tỉnh ủy, đã có buổi làm việc với huyện Tam Đảo.');
    expect(doc.meetings.map((m) => m.title)).toEqual(['Buổi làm việc với huyện Tam Đảo']);
  });
  it('a session the team will hold is only planned: no meeting', () => {
    const doc = read(headline, 'Đoàn công tác của Bộ Y tế sẽ làm việc với tỉnh Hà Giang về công tác y tế dự phòng trong tháng tới.');
    expect(doc.meetings).toEqual([]);
  });
  it('a team named deep in the report, not in its opening, reports no meeting', () => {
    const doc = read(
      'Giá rau tăng mạnh sau mưa lũ',
      'Giá rau xanh tại các chợ trong tỉnh tăng gấp đôi so với tuần trước.',
      'Nhiều tiểu thương cho biết nguồn hàng từ các huyện giảm mạnh.',
      'Người dân phải mua rau với giá cao hơn trước.',
      'Đoàn công tác của Sở Công Thương làm việc với tỉnh Lào Cai về nguồn hàng.',
    );
    expect(doc.meetings).toEqual([]);
  });
});

describe('a year of recalled history says nothing of the meeting’s year (D-b)', () => {
  const lead = 'Sáng 9/2, Chủ tịch UBND thị xã chủ trì giao ban công tác tháng 1.';
  const day = { day: 9, month: 2, year: null };
  it('a month after "Trước đó" is background: no year', () => {
    expect(inferYear(day, null, lead, `${lead} Trước đó, tháng 5/2011, UBND phường đã giải tỏa 80 lán trại.`)).toBeNull();
  });
  it('a month told after "cách đây N năm" in the sentence before is background too', () => {
    const text = `${lead} Cách đây khoảng 6 năm, nhiều hộ dân lấn chiếm bờ sông. Trước tình trạng này, tháng 4/2011, thị xã đã cưỡng chế 30 công trình.`;
    expect(inferYear(day, null, lead, text)).toBeNull();
  });
  it('a month of the report’s own time still gives the year', () => {
    expect(inferYear(day, null, lead, `${lead} Trong tháng 1/2017, thị xã thu ngân sách đạt 20 tỷ đồng.`)).toBe(2017);
  });
  it('a full day after "Trước đó" is a recent event and still gives the year', () => {
    expect(inferYear(day, null, lead, `${lead} Trước đó, ngày 6/2/2017, UBND phường đã kiểm tra các lán trại.`)).toBe(2017);
  });
});

describe('"Theo ông A, <title>, …" closed with the speaker’s words is speech (S-c)', () => {
  const lead = ['Họp bàn hỗ trợ nông dân sau lũ', 'Chiều 12/10, UBND tỉnh Quảng Bình tổ chức cuộc họp bàn giải pháp hỗ trợ nông dân sau lũ.'];
  it('the official the report quotes spoke', () => {
    const doc = read(...lead, 'Theo ông Hà Văn Lực, Chủ tịch Hội Nông dân tỉnh, cần hỗ trợ ngay giống lúa cho bà con. “Không để ruộng bỏ hoang”, ông Lực nói.');
    expect(rolesOf(doc, 'Hà Văn Lực')).toEqual(['spoke']);
  });
  it('"Theo" citing an official with no words of theirs at the meeting gives no role', () => {
    const doc = read(...lead, 'Theo ông Hà Văn Lực, Chủ tịch Hội Nông dân tỉnh, toàn tỉnh có 2.000 ha lúa bị ngập.');
    expect(rolesOf(doc, 'Hà Văn Lực')).toEqual([]);
  });
  it('another person’s words after it give this one no role', () => {
    const doc = read(...lead, 'Theo ông Hà Văn Lực, Chủ tịch Hội Nông dân tỉnh, toàn tỉnh có 2.000 ha lúa bị ngập. “Cần giống mới”, ông Tâm nói.');
    expect(rolesOf(doc, 'Hà Văn Lực')).toEqual([]);
  });
});
