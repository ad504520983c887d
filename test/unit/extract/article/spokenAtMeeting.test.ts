// A meeting named only as where someone's words were said, its day written after its name.
// Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));

describe('"X là ý kiến của Y tại <meeting>, tổ chức <day>"', () => {
  it('reports the meeting, dated by the day after its name', () => {
    const c = read(
      'Rà soát dự án cầu',
      'Cần rà soát dự án cầu là ý kiến của Chủ tịch UBND thành phố Lê Văn Tâm tại cuộc tiếp xúc cử tri quận Hải Châu trước kỳ họp thứ năm HĐND thành phố khóa IX, tổ chức sáng 21/6/2018. Tại buổi tiếp xúc, cử tri đề nghị nhiều vấn đề.',
    );
    expect(c.meetings.map((m) => [m.title, m.date])).toEqual([
      ['Cuộc tiếp xúc cử tri quận Hải Châu trước kỳ họp thứ năm HĐND thành phố khóa IX', '2018-06-21'],
    ]);
  });
  it('words given with no meeting name no meeting', () => {
    expect(read('Rà soát dự án cầu', 'Cần rà soát dự án cầu là ý kiến của nhiều chuyên gia giao thông.').meetings).toEqual([]);
  });
});
