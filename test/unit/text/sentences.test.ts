import { sentenceSpanAt, sentenceSpans, spanCovering } from '../../../src/text/index.js';

const split = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('ends a sentence at . ! ? … before a capital or a digit, and at every line break', () => {
    expect(split('Hội nghị khai mạc. Đồng chí An phát biểu! 30 đại biểu dự?\nDòng hai')).toEqual([
      'Hội nghị khai mạc.',
      'Đồng chí An phát biểu!',
      '30 đại biểu dự?',
      'Dòng hai',
    ]);
  });
  it('keeps closing quotes and the "./." sign-off with the sentence they end', () => {
    expect(split('Ông nói: “Phải làm ngay.” Sau đó họp tiếp./. Hết')).toEqual(['Ông nói: “Phải làm ngay.”', 'Sau đó họp tiếp./.', 'Hết']);
  });
  it('starts one at an opening quote or a bracket opening on a capital', () => {
    expect(split('Kết thúc. “Chúng tôi” nói. (Ảnh: Minh) Tiếp. (a) không')).toEqual(['Kết thúc.', '“Chúng tôi” nói.', '(Ảnh: Minh) Tiếp. (a) không']);
  });
  it('does not end one at a date or a title abbreviation', () => {
    expect(split('Ngày 5.3.2020 tại TP. Hà Tĩnh, ThS. Lê Văn An dự. Xong.')).toEqual(['Ngày 5.3.2020 tại TP. Hà Tĩnh, ThS. Lê Văn An dự.', 'Xong.']);
  });
  it('does not end one before a lower-case word', () => {
    expect(split('Đạt 5 tr. đồng mỗi năm.')).toEqual(['Đạt 5 tr. đồng mỗi năm.']);
  });
  it('trims and drops empty sentences', () => {
    expect(split('  \n\n Một. \n')).toEqual(['Một.']);
    expect(sentenceSpans('')).toEqual([]);
  });
});

describe('finding the sentence of an offset', () => {
  const t = 'Câu một. Câu hai.\n\nCâu ba.';
  const spans = sentenceSpans(t);
  it('sentenceSpanAt: the last sentence starting at or before it', () => {
    expect(t.slice(sentenceSpanAt(t, 10).start, sentenceSpanAt(t, 10).end)).toBe('Câu hai.');
    expect(sentenceSpanAt(t, 18)).toEqual(spans[1]);
  });
  it('spanCovering: the one covering it, else the next, else none', () => {
    expect(spanCovering(spans, 0)).toEqual(spans[0]);
    expect(spanCovering(spans, 18)).toEqual(spans[2]);
    expect(spanCovering(spans, t.length)).toBeNull();
  });
});
