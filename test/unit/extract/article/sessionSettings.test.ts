// A council's numbered session named, with its term, as the setting of a dated lead, with or
// without "tại". Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));

describe('a numbered session set off by commas after the day', () => {
  it('"Sáng 14/7, trong ngày làm việc thứ hai, kỳ họp thứ 6, HĐND … khóa IX (nhiệm kỳ …), …" reports the session, named without its years', () => {
    const c = read(
      'Nhân sự mới',
      'Sáng 14/7/2018, trong ngày làm việc thứ hai, kỳ họp thứ 6, HĐND tỉnh Bến Tre khóa IX (nhiệm kỳ 2016-2021), các đại biểu đã biểu quyết thông qua nghị quyết về giá đất.',
    );
    expect(c.meetings).toHaveLength(1);
    expect(c.meetings[0]).toMatchObject({ title: 'Kỳ họp thứ 6, HĐND tỉnh Bến Tre khóa IX', date: '2018-07-14', organizers: ['HĐND tỉnh'], place: 'Bến Tre' });
  });
  it('the ordinal and the body may be written without a comma between them', () => {
    const c = read('Bầu bổ sung', 'Chiều 3/8/2018, kỳ họp thứ 7 HĐND tỉnh Trà Vinh khóa IX, HĐND tỉnh đã bầu bổ sung một Phó Chủ tịch UBND tỉnh.');
    expect(c.meetings.map((m) => m.title)).toEqual(['Kỳ họp thứ 7 HĐND tỉnh Trà Vinh khóa IX']);
  });
  it('a session that will do something is still to sit: no meeting', () => {
    const c = read('Bầu bổ sung', 'Sáng 3/8/2018, kỳ họp thứ 7, HĐND tỉnh Trà Vinh khóa IX, HĐND tỉnh sẽ bầu bổ sung một Phó Chủ tịch UBND tỉnh.');
    expect(c.meetings).toEqual([]);
  });
  it('a kind with no ordinal and term there is no setting of its own', () => {
    const c = read('Giá đất', 'Sáng 3/8/2018, trong ngày làm việc thứ hai, các đại biểu HĐND tỉnh Trà Vinh đã thảo luận về giá đất.');
    expect(c.meetings).toEqual([]);
  });
  it('with "tại", the term\'s years in brackets are no part of the name either', () => {
    const c = read('Thảo luận', 'Sáng 3/8/2018, tại kỳ họp thứ 7, HĐND tỉnh Trà Vinh khóa IX (nhiệm kỳ 2016-2021), các đại biểu đã thảo luận về giá đất.');
    expect(c.meetings.map((m) => m.title)).toEqual(['Kỳ họp thứ 7, HĐND tỉnh Trà Vinh khóa IX']);
  });
});
