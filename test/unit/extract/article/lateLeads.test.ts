// A report that comes to its meeting only after a long account of the work. Every sentence is
// invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
/** About 1,900 characters of background on one line, no meeting in them. */
const background = Array.from(
  { length: 16 },
  (_, i) => `Năm qua, huyện đã giải phóng mặt bằng cho ${i + 3} dự án trọng điểm với tổng diện tích hàng chục héc-ta đất nông nghiệp.`,
).join(' ');

describe('a meeting first reported after a long background', () => {
  it('is the report\'s when the next sentence goes on at it ("Phát biểu tại hội nghị, …")', () => {
    const c = read(
      'Phòng chống thiên tai',
      `${background} Ngày 9/3/2019, UBND huyện Quảng Xương đã tổ chức hội nghị triển khai kế hoạch phòng chống thiên tai. Phát biểu tại hội nghị, Chủ tịch UBND huyện Lê Văn Tâm yêu cầu các xã chủ động.`,
    );
    expect(c.meetings).toHaveLength(1);
    expect(c.meetings[0]).toMatchObject({ title: 'Hội nghị triển khai kế hoạch phòng chống thiên tai', date: '2019-03-09', organizers: ['UBND huyện'] });
  });
  it('"hội nghị này" in the sentence after refers back to it too', () => {
    const c = read(
      'Phòng chống thiên tai',
      `${background} Ngày 9/3/2019, UBND huyện Quảng Xương đã tổ chức hội nghị triển khai kế hoạch phòng chống thiên tai. Các xã ven biển đã báo cáo tại hội nghị này.`,
    );
    expect(c.meetings.map((m) => m.title)).toEqual(['Hội nghị triển khai kế hoạch phòng chống thiên tai']);
  });
  it('with nothing after it about the meeting, it is background', () => {
    const c = read(
      'Phòng chống thiên tai',
      `${background} Ngày 9/3/2019, UBND huyện Quảng Xương đã tổ chức hội nghị triển khai kế hoạch phòng chống thiên tai. Các xã ven biển đã có phương án sơ tán dân.`,
    );
    expect(c.meetings).toEqual([]);
  });
  it('one told as earlier ("Trước đó, …"), or followed by another meeting\'s name, is background', () => {
    const earlier = read(
      'Phòng chống thiên tai',
      `${background} Trước đó, ngày 9/3/2019, UBND huyện Quảng Xương đã tổ chức hội nghị triển khai kế hoạch. Tại hội nghị, các xã cam kết.`,
    );
    expect(earlier.meetings).toEqual([]);
    const career = read(
      'Tiểu sử',
      `${background} Ngày 5/9/2013, tại Hội nghị lần thứ sáu, ông được cử giữ chức Chủ tịch. Tại Đại hội lần thứ VIII, ông được bầu lại.`,
    );
    expect(career.meetings).toEqual([]);
  });
});
