/**
 * `fn` answered once per argument, with a bounded memo: names asked again and again while people and bodies are
 * merged cost one call each, and a long hostile input cannot grow it without end (all dropped once `limit` are held).
 */
export function boundedMemo<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s: string): T => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size > limit) memo.clear();
      memo.set(s, (v = fn(s)));
    }
    return v;
  };
}
