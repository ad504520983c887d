// How local reports name their meeting: the place of a leader's words ("cho biết như trên tại
// buổi tiếp xúc cử tri tỉnh này"), a body that "có buổi làm việc", a long framing clause before
// the day. Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));

describe('a tiếp xúc cử tri named as where the words above were said', () => {
  const doc = read(
    'Phải xử lý nghiêm cán bộ gây thất thoát',
    'Người làm sai phải bồi thường cho Nhà nước.',
    'Ông Lê Văn An, Phó Chủ tịch Quốc hội, đại biểu Quốc hội tỉnh Hậu Giang, cho biết như trên tại buổi tiếp xúc cử tri tỉnh này ngày 14-6. Tại cuộc tiếp xúc, cử tri Trần Văn Bé phản ánh tình trạng chậm bồi thường.',
  );
  it('reports the meeting, "tỉnh này" resolved, the day taken off the name', () => {
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]?.title).toBe('Buổi tiếp xúc cử tri tỉnh Hậu Giang');
    expect(doc.meetings[0]?.place).toBe('Hậu Giang');
  });
  it('has the leader speak at it', () => {
    expect(doc.meetings[0]?.participants).toContainEqual({ name: 'Lê Văn An', role: 'spoke' });
  });
});

describe('a body that "có buổi làm việc" after a long "Liên quan đến" clause', () => {
  const doc = read(
    'Xã An Hòa họp bàn việc dời chợ tạm',
    'Người dân đề nghị giữ chợ ở chỗ cũ.',
    'Liên quan đến việc chợ tạm của xã An Hòa bị lấn chiếm khi thi công dự án mở rộng đường liên xã và làm mương thoát nước ở khu dân cư số 3, sáng ngày 9-8, UBND xã An Hòa (huyện Tân Thạnh) đã có buổi làm việc thực hiện chỉ đạo của UBND huyện Tân Thạnh. Tại cuộc họp, ông Lê Văn Bình, Chủ tịch UBND xã An Hòa, cho biết các hộ sẽ dời sang khu mới.',
  );
  it('reports the working session, placed in the district written with the commune', () => {
    expect(doc.meetings.map((m) => m.title)).toEqual(['Buổi làm việc thực hiện chỉ đạo của UBND huyện Tân Thạnh']);
    expect(doc.meetings[0]?.place).toBe('Tân Thạnh');
  });
});

describe('what stays out', () => {
  it('a "có buổi làm việc với" is the working shape, not read twice', () => {
    const doc = read('Tỉnh làm việc với huyện', 'Sáng 9/8, Phó Chủ tịch UBND tỉnh Long An Nguyễn Văn Út đã có buổi làm việc với UBND huyện Tân Thạnh.');
    expect(doc.meetings.map((m) => m.title)).toEqual(['Buổi làm việc với UBND huyện Tân Thạnh']);
  });
  it('a person who "có cuộc họp" with no body named is no meeting of bodies', () => {
    const doc = read('Gia đình họp mặt', 'Sáng 9/8, anh Tư có cuộc họp mặt bạn học cũ ở quán cà phê.');
    expect(doc.meetings).toEqual([]);
  });
  it('words said "như trên" at a press briefing are a news source, no meeting', () => {
    const doc = read('Bộ trưởng nói về giá điện', 'Bộ trưởng Công Thương Trần Văn Hải cho biết như trên tại cuộc họp báo chiều 12-5.');
    expect(doc.meetings).toEqual([]);
  });
  it('a press briefing named as where someone spoke is a news source', () => {
    const doc = read('Bộ nói về tên lửa', 'Phát biểu tại cuộc họp báo ngày 5-7, người phát ngôn Bộ Quốc phòng Lê Văn Tám cho biết như vậy.');
    expect(doc.meetings).toEqual([]);
  });
  it('a body that "có cuộc họp báo" gives a press briefing, no meeting', () => {
    const doc = read('Bộ nói về giá điện', 'Sáng 12/5, Bộ Công Thương đã có cuộc họp báo về giá điện.');
    expect(doc.meetings).toEqual([]);
  });
  it('a session an event committee "có" is no meeting of bodies', () => {
    const doc = read('Giải bóng đá', 'Sáng 3/7, Liên đoàn Bóng đá tỉnh và Ban tổ chức Giải bóng đá Hè đã có cuộc làm việc về lịch thi đấu.');
    expect(doc.meetings).toEqual([]);
  });
  it('words said "như trên" at a show are no meeting', () => {
    const doc = read('Ca sĩ nói về nghề', 'Ca sĩ Minh Thư cho biết như trên tại chương trình ca nhạc tối 12-5.');
    expect(doc.meetings).toEqual([]);
  });
});
