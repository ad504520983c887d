// How reports write their meeting (lead shapes, title shapes, date and place phrases), one
// describe per class of writing; every sentence invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('w.txt', lines.join('\n')));
const only = (c: ContractDocument) => {
  expect(c.meetings).toHaveLength(1);
  return c.meetings[0]!;
};

describe('a Quốc hội voting sitting, and a sitting recalled after it', () => {
  const caption = 'Toàn cảnh phiên họp.';
  it('the vote count before the deputies who "bấm nút thông qua": a sitting of Quốc hội', () => {
    const m = only(
      read(
        'Quốc hội thông qua Luật Thủy lợi',
        'Chiều 12/6/2019, với 91,5% đại biểu tán thành, các đại biểu Quốc hội đã bấm nút thông qua Luật Thủy lợi.',
        `Luật gồm 10 chương. ${caption}`,
      ),
    );
    expect(m).toMatchObject({ title: 'Phiên họp', date: '2019-06-12', organizers: ['Quốc hội'] });
  });

  it('a debate recalled after the lead ("Trước đó, … ngày 20/5, Quốc hội đã thảo luận …") is background', () => {
    const m = only(
      read(
        'Thông qua Luật Thủy lợi',
        'Chiều 12/6, với 430/470 đại biểu tán thành, Quốc hội đã biểu quyết thông qua Luật Thủy lợi.',
        'Trước đó, Ủy ban Khoa học đã trình bày báo cáo. Theo đó, ngày 20/5/2019, Quốc hội đã thảo luận tại Hội trường về dự thảo Luật Thủy lợi.',
        caption,
      ),
    );
    expect(m).toMatchObject({ title: 'Phiên họp', date: '2019-06-12' });
  });

  it('a debate told as the lead itself stays the meeting', () => {
    const m = only(read('Thảo luận Luật Thủy lợi', 'Sáng 20/5/2019, Quốc hội đã thảo luận tại Hội trường về dự thảo Luật Thủy lợi.', caption));
    expect(m.title).toBe('Phiên thảo luận tại Hội trường về dự thảo Luật Thủy lợi');
  });

  it('deputies of a provincial delegation meeting voters are no sitting', () => {
    const c = read('Tin địa phương', 'Chiều 12/6/2019, các đại biểu Quốc hội tỉnh Lào Cai đã bấm nút chọn giải thưởng.');
    expect(c.meetings).toHaveLength(0);
  });
});
