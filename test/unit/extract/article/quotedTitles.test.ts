// A meeting's name quoted after its noun. Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));

describe('a name quoted after its noun', () => {
  it('is the title with the noun, the marks dropped', () => {
    const c = read('Tọa đàm', 'Ngày 12/5/2018, Huyện ủy Mỹ Đức tổ chức tọa đàm “Nâng cao chất lượng đảng viên”.');
    expect(c.meetings.map((m) => m.title)).toEqual(['Tọa đàm Nâng cao chất lượng đảng viên']);
  });
  it('a quoted phrase inside a longer title keeps its marks', () => {
    const c = read('Hội nghị', 'Ngày 12/5/2018, Huyện ủy Mỹ Đức tổ chức hội nghị triển khai Chỉ thị “ba không” trong nhân dân.');
    expect(c.meetings.map((m) => m.title)).toEqual(['Hội nghị triển khai Chỉ thị “ba không” trong nhân dân']);
  });
});
