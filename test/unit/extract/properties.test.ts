// Properties of the whole extractor on random and mutated articles (fast-check): it never throws
// (except the documented refusal of an over-long input) and its output has the contract's shape.
import fc from 'fast-check';
import { extractArticle, ArticleTooLong } from '../../../src/extract/extractArticle.js';
import { toContract } from '../../../src/core/toContract.js';
import { contractDocumentSchema } from '../../../src/eval/contractSchema.js';

// Pieces of the genre, written for this test, that random articles are assembled from.
const PIECES = [
  'Hội nghị giao ban công tác dân vận quý III năm 2022',
  'Chiều 20/10, Khối Dân vận huyện Lục Ngạn tổ chức Hội nghị giao ban công tác dân vận quý III năm 2022.',
  'Sáng 17/5, Thủ tướng Chính phủ Lê Văn Thành chủ trì Hội nghị đối thoại với doanh nghiệp.',
  'Dự và chỉ đạo hội nghị có đồng chí Ngô Thị Thanh – Phó Bí thư Thường trực Huyện ủy; đồng chí Hoàng Văn Tiến – Trưởng Ban Dân Vận chủ trì hội nghị.',
  'Đ/c Lường Văn Pha – UVBTVTU, Trưởng ban Dân vận Tỉnh ủy phát biểu bế mạc.',
  'Quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Nghị quyết số 19-2017/NQ-CP.',
  'Thực hiện Công điện số 213/CĐ-TTg, Kế hoạch số 110-KH/HU và Nghị quyết T.Ư 7 khóa XII.',
  'Chiều 15/5, Đoàn kiểm tra của Bộ Chính trị đã làm việc với Ban cán sự đảng Bộ Tư pháp.',
  'Ngày 30/2/2021, Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Kế hoạch số 47-KH/TU ngày 12.6.2018.',
  'Ảnh: Minh Đức (TTXVN)',
  'Thu Trang – Dương Thịnh',
  '10-07-2020 17:00',
  'Tin khác cùng chủ đề',
  'Lễ hội đền Hùng năm nay thu hút hàng vạn du khách.',
];

const article = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 25 })
  .chain((parts) => fc.constantFrom('\n', '\n\n', ' ').map((sep) => parts.join(sep)));

/** Deletes, repeats or replaces a slice: typos, cut scrapes, glued lines. */
const mutated = fc
  .tuple(article, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom('', ' ', '\n', '.', ',', '–', '(', '"', 'ủy', 'uỷ', '/')), { maxLength: 8 }))
  .map(([text, edits]) =>
    edits.reduce((t, [at, len, put]) => {
      const i = t.length === 0 ? 0 : at % t.length;
      return t.slice(0, i) + put + t.slice(i + len);
    }, text),
  );

function checked(text: string): boolean {
  let doc;
  try {
    doc = toContract(extractArticle('p.txt', text));
  } catch (e) {
    if (e instanceof ArticleTooLong) return true;
    throw e;
  }
  const r = contractDocumentSchema.safeParse(doc);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '));
  return true;
}

describe('extractor properties', () => {
  it('random articles: never throws, contract-valid output', () => {
    fc.assert(fc.property(article, checked), { numRuns: 300 });
  });

  it('mutated articles: never throws, contract-valid output', () => {
    fc.assert(fc.property(mutated, checked), { numRuns: 300 });
  });
});
