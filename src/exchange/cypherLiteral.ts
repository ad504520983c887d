// Cypher literals for a parameter-free dump, and a reader for exactly the
// literals written here: strings, numbers, booleans, null, lists, maps and
// date('YYYY-MM-DD') (read back as its ISO string).

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A value as a Cypher literal; `dateKeys` are map keys (at the top level) whose values become date('…'). */
export function toCypherLiteral(value: unknown, dateKeys: ReadonlySet<string> = new Set()): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a Cypher literal`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((v) => toCypherLiteral(v)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${key(k)}: ${dateKeys.has(k) ? `date(${quote(String(v))})` : toCypherLiteral(v)}`);
    return `{${entries.join(', ')}}`;
  }
  throw new Error(`cannot write a ${typeof value} as a Cypher literal`);
}

function key(k: string): string {
  return IDENTIFIER.test(k) ? k : `\`${k.replace(/`/g, '``')}\``;
}

/** Single-quoted, line breaks and control characters escaped so one literal stays on one line. */
function quote(s: string): string {
  let out = "'";
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // ';' too, so no splitter can mistake it for the end of a statement.
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || ch === ';') out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** Reads one literal as written by toCypherLiteral; throws with the position on anything else. */
export function parseCypherLiteral(text: string): unknown {
  const p = new LiteralParser(text);
  const value = p.value();
  p.skipSpace();
  if (!p.done()) p.fail('end of literal');
  return value;
}

class LiteralParser {
  private i = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  fail(expected: string): never {
    throw new Error(`bad Cypher literal at ${this.i}: expected ${expected} in ${this.s.slice(Math.max(0, this.i - 20), this.i + 20)}`);
  }

  skipSpace(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] ?? '')) this.i++;
  }

  private eat(token: string): boolean {
    this.skipSpace();
    if (this.s.startsWith(token, this.i)) {
      this.i += token.length;
      return true;
    }
    return false;
  }

  value(): unknown {
    this.skipSpace();
    const c = this.s[this.i];
    if (c === "'" || c === '"') return this.string();
    if (c === '[') return this.list();
    if (c === '{') return this.map();
    if (this.eat('null')) return null;
    if (this.eat('true')) return true;
    if (this.eat('false')) return false;
    if (this.eat('date(')) {
      const iso = this.string();
      if (!this.eat(')')) this.fail("')'");
      return iso;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (num) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    return this.fail('a value');
  }

  private list(): unknown[] {
    this.eat('[');
    const out: unknown[] = [];
    if (this.eat(']')) return out;
    do out.push(this.value());
    while (this.eat(','));
    if (!this.eat(']')) this.fail("']'");
    return out;
  }

  private map(): Record<string, unknown> {
    this.eat('{');
    const out: Record<string, unknown> = {};
    if (this.eat('}')) return out;
    do {
      const k = this.mapKey();
      if (!this.eat(':')) this.fail("':'");
      out[k] = this.value();
    } while (this.eat(','));
    if (!this.eat('}')) this.fail("'}'");
    return out;
  }

  private mapKey(): string {
    this.skipSpace();
    if (this.s[this.i] === '`') {
      let out = '';
      for (this.i++; this.i < this.s.length; this.i++) {
        if (this.s[this.i] === '`') {
          if (this.s[this.i + 1] === '`') {
            out += '`';
            this.i++;
          } else {
            this.i++;
            return out;
          }
        } else out += this.s[this.i];
      }
      return this.fail('closing backtick');
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.i));
    if (!m) return this.fail('a map key');
    this.i += m[0].length;
    return m[0];
  }

  private string(): string {
    const q = this.s[this.i];
    let out = '';
    for (this.i++; this.i < this.s.length; this.i++) {
      const c = this.s[this.i];
      if (c === q) {
        this.i++;
        return out;
      }
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[++this.i];
      if (e === 'n') out += '\n';
      else if (e === 'r') out += '\r';
      else if (e === 't') out += '\t';
      else if (e === 'b') out += '\b';
      else if (e === 'f') out += '\f';
      else if (e === 'u') {
        out += String.fromCharCode(parseInt(this.s.slice(this.i + 1, this.i + 5), 16));
        this.i += 4;
      } else out += e ?? '';
    }
    return this.fail('closing quote');
  }
}
