import { evidenceProps, hasSentenceBounds, sentenceBounds, sentenceOf } from '../../../src/graph/evidence.js';

// Evidence is stored once: a relationship keeps the bounds of its sentence in the document's text.

const TEXT = 'Hội nghị sơ kết. Đồng chí An chủ trì. Hội nghị sơ kết. Chỉ thị số 05-CT/TW được quán triệt.';

describe('sentenceBounds', () => {
  it('finds the occurrence that holds the evidence, when the sentence is written twice', () => {
    const second = TEXT.lastIndexOf('Hội nghị sơ kết.');
    expect(sentenceBounds(TEXT, 'Hội nghị sơ kết.', second + 4)).toEqual({ sentenceStart: second, sentenceEnd: second + 'Hội nghị sơ kết.'.length });
    expect(sentenceBounds(TEXT, 'Hội nghị sơ kết.', 3)).toEqual({ sentenceStart: 0, sentenceEnd: 'Hội nghị sơ kết.'.length });
  });

  it('takes the first occurrence when the evidence starts before the sentence, and null when the text does not hold it', () => {
    const at = TEXT.indexOf('Chỉ thị');
    expect(sentenceBounds(TEXT, 'Chỉ thị số 05-CT/TW được quán triệt.', 0)).toEqual({ sentenceStart: at, sentenceEnd: TEXT.length });
    expect(sentenceBounds(TEXT, 'Nghị quyết 42.', 0)).toBeNull();
    expect(sentenceBounds(TEXT, '', 0)).toBeNull();
  });
});

describe('evidenceProps and sentenceOf', () => {
  it('stores bounds instead of the sentence, and cuts the same sentence back from the text', () => {
    const start = TEXT.indexOf('05-CT/TW');
    const sentence = 'Chỉ thị số 05-CT/TW được quán triệt.';
    const props = evidenceProps('doc:1', TEXT, { start, end: start + 8, sentence });
    expect(props).toEqual({ documentId: 'doc:1', start, end: start + 8, sentenceStart: TEXT.indexOf(sentence), sentenceEnd: TEXT.length, sentence: null });
    expect(hasSentenceBounds(props)).toBe(true);
    expect(sentenceOf(props, TEXT)).toBe(sentence);
  });

  it('keeps a copy of a sentence the text does not hold (and clears bounds an older write left)', () => {
    const props = evidenceProps('doc:1', TEXT, { start: 0, end: 3, sentence: 'Elsewhere.' });
    expect(props).toEqual({ documentId: 'doc:1', start: 0, end: 3, sentence: 'Elsewhere.', sentenceStart: null, sentenceEnd: null });
    expect(hasSentenceBounds(props)).toBe(false);
    expect(sentenceOf(props, TEXT)).toBe('Elsewhere.');
  });

  it('reads a copy when there are no bounds or no text, and null when there is neither', () => {
    expect(sentenceOf({ sentence: 'Old copy.' }, null)).toBe('Old copy.');
    expect(sentenceOf({ sentenceStart: 0, sentenceEnd: 16 }, TEXT)).toBe('Hội nghị sơ kết.');
    expect(sentenceOf({ sentenceStart: 0, sentenceEnd: 16 }, null)).toBeNull();
    expect(sentenceOf({ sentenceStart: 0, sentenceEnd: 500 }, TEXT)).toBeNull();
    expect(sentenceOf({}, TEXT)).toBeNull();
  });
});
