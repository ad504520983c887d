import { evidenceFor, sentenceAt, sentenceSpans } from '../../../../src/extract/directives/sentences.js';
import { fold } from '../../../../src/extract/directives/fold.js';

describe('sentences', () => {
  it('splits at a full stop followed by a capital, and at line breaks', () => {
    const t = 'Hội nghị khai mạc. Đại biểu thảo luận sôi nổi.\nTin ảnh';
    expect(sentenceSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['Hội nghị khai mạc.', 'Đại biểu thảo luận sôi nổi.', 'Tin ảnh']);
  });

  it('does not split inside dates, decimals or title abbreviations', () => {
    const t = 'Ngày 5.3.2021, TP. Hà Tĩnh tổ chức hội nghị có ThS. Lê Văn Ba dự. Câu sau.';
    expect(sentenceAt(t, 10).sentence).toBe('Ngày 5.3.2021, TP. Hà Tĩnh tổ chức hội nghị có ThS. Lê Văn Ba dự.');
  });

  it('keeps a lower-case continuation after an ellipsis in the sentence', () => {
    const t = 'Các ngành làm tốt công tác tuyên truyền…, góp phần hoàn thành nhiệm vụ. Hết.';
    expect(sentenceAt(t, 0).sentence).toBe('Các ngành làm tốt công tác tuyên truyền…, góp phần hoàn thành nhiệm vụ.');
  });

  it('builds evidence for a span with its sentence', () => {
    const t = 'Câu một. Câu hai có Chỉ thị số 5.';
    expect(evidenceFor(t, 20, 33)).toEqual({ start: 20, end: 33, sentence: 'Câu hai có Chỉ thị số 5.' });
  });
});

describe('fold', () => {
  it('keeps the length and brings case and tone placement to one form', () => {
    expect(fold('HUYỆN UỶ')).toBe('huyện ủy');
    expect(fold('khoá XII')).toBe('khóa xii');
    expect(fold('Hoà Bình').length).toBe('Hoà Bình'.length);
  });

  it('leaves closed syllables alone', () => {
    expect(fold('Toàn quốc kế hoạch quý')).toBe('toàn quốc kế hoạch quý');
  });
});
