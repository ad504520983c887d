// A head written once before a colon, then the fields of the bodies it heads set off by commas
// ("các Bộ: Tài chính, Nội vụ"): one body per item; tested on sentences written for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { colonListItems } from '../../../../src/extract/article/orgParser.js';

const items = (s: string, at = 0) => colonListItems(makeDoc(s), at).map((o) => o.name);
const names = (...body: string[]) =>
  toContract(extractArticle('enum.txt', ['Họp bàn về sắp xếp doanh nghiệp', ...body].join('\n'))).organizations.map((o) => o.name);

describe('an enumeration after a head and a colon', () => {
  it('gives one body per item, each named with the head', () => {
    expect(items('Bộ: Tư pháp, Công Thương, Giáo dục và Đào tạo đều đồng ý')).toEqual(['Bộ Tư pháp', 'Bộ Công Thương', 'Bộ Giáo dục và Đào tạo']);
  });

  it('a comma ends an item, whatever its words', () => {
    expect(items('Sở: Nông nghiệp và Phát triển nông thôn, Y tế, Nội vụ báo cáo')).toEqual(['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Y tế', 'Sở Nội vụ']);
  });

  it('an item that begins a body of its own is that body', () => {
    expect(items('Bộ: Tư pháp, Nội vụ, Văn phòng Chính phủ thống nhất')).toEqual(['Bộ Tư pháp', 'Bộ Nội vụ', 'Văn phòng Chính phủ']);
  });

  it('no colon, or one item, is no enumeration', () => {
    expect(items('Bộ Tư pháp, Nội vụ')).toEqual([]);
    expect(items('Bộ: Tư pháp đề nghị')).toEqual([]);
  });

  it('is read in an article', () => {
    expect(names('Ngày 3/4, đại diện các Bộ: Tư pháp, Công Thương, Y tế phát biểu tại cuộc họp.')).toEqual(
      expect.arrayContaining(['Bộ Tư pháp', 'Bộ Công Thương', 'Bộ Y tế']),
    );
  });
});
