import { boundedMemo } from '../../../src/text/memo.js';

describe('boundedMemo', () => {
  it('answers each argument once, with the function’s own answers', () => {
    const calls: string[] = [];
    const upper = boundedMemo((s: string) => (calls.push(s), s.toUpperCase()));
    expect([upper('ban'), upper('sở'), upper('ban')]).toEqual(['BAN', 'SỞ', 'BAN']);
    expect(calls).toEqual(['ban', 'sở']);
  });

  it('drops what it holds past its limit, and answers the same after', () => {
    const calls: string[] = [];
    const len = boundedMemo((s: string) => (calls.push(s), s.length), 2);
    for (const s of ['a', 'bb', 'ccc', 'dddd', 'a']) len(s);
    expect(len('a')).toBe(1);
    expect(calls).toEqual(['a', 'bb', 'ccc', 'dddd', 'a']);
  });
});
