// "giải trình" (to account for, before a council or the Quốc hội) is speech at the session.
// Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';

describe('giải trình as speech', () => {
  it('an official who "giải trình" at a session spoke', () => {
    const doc = toContract(
      extractArticle(
        'n.txt',
        [
          'Chủ tịch tỉnh nói',
          'Số vụ kiện tăng nhanh.',
          'Chiều 14/7, HĐND tỉnh Long An tổ chức kỳ họp thứ 5. Ông Lê Văn Tâm, Chủ tịch UBND tỉnh, đã giải trình lý do lãnh đạo tỉnh vắng mặt tại tòa.',
        ].join('\n'),
      ),
    );
    expect(doc.meetings[0]?.participants).toContainEqual({ name: 'Lê Văn Tâm', role: 'spoke' });
  });
});
