// Full stops the writing leaves in other shapes: a "/" between two sentences, a stop whose space
// was lost. Sentences invented for this file.
import { sentenceSpans } from '../../../src/text/index.js';

const split = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

describe('a "/" standing for a full stop', () => {
  it('ends a sentence when a word ends before it and a capitalised word follows a space', () => {
    expect(split('Ủy ban đã xem xét, kết luận/ Theo đó, đồng chí Lò Văn Thi đã vi phạm.')).toEqual([
      'Ủy ban đã xem xét, kết luận/',
      'Theo đó, đồng chí Lò Văn Thi đã vi phạm.',
    ]);
  });
  it('never splits a số ký hiệu, a date or a paired abbreviation', () => {
    for (const t of [
      'Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Nghị định 19/2017/NĐ-CP của Chính phủ.',
      'Sáng 19/7/2017, Sở GD/ĐT và Sở NN&PTNT tổ chức hội nghị.',
      'Theo Nghị quyết số 1096/NQ- UBTVQH13 của Ủy ban Thường vụ Quốc hội.',
      'Chủ tịch/Thành viên Hội đồng quản trị dự họp.',
    ])
      expect(split(t)).toEqual([t]);
  });
});

describe('a stop whose space was lost', () => {
  it('ends a sentence after a lower-case word or a year', () => {
    expect(split('Huyện ủy làm việc về nhiệm vụ năm 2017.Tại buổi làm việc, ông An báo cáo.')).toEqual([
      'Huyện ủy làm việc về nhiệm vụ năm 2017.',
      'Tại buổi làm việc, ông An báo cáo.',
    ]);
    expect(split('Hội nghị đã bế mạc.Đồng chí Bình phát biểu.')).toEqual(['Hội nghị đã bế mạc.', 'Đồng chí Bình phát biểu.']);
  });
  it('not after a capital or a title abbreviation, nor inside a number', () => {
    expect(split('Đoàn đến TP.Hồ Chí Minh và tx.Sa Pa, chi 1.500.Tỷ đồng.')).toEqual(['Đoàn đến TP.Hồ Chí Minh và tx.Sa Pa, chi 1.500.Tỷ đồng.']);
  });
});
