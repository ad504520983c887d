// DOM helpers: text only (data never goes through innerHTML).

export type Child = Node | string | number | null | undefined | false | Child[];
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false || c === '') continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

export const nodeHref = (id: string): string => `#${new URLSearchParams({ node: id })}`;
export const searchHref = (text: string): string => `#${new URLSearchParams({ q: text })}`;
export const connectionsHref = (from = '', to = '', hops = 3): string => `#${new URLSearchParams({ from, to, hops: String(hops) })}`;
export const articleHref = (docId: string, at?: number | null): string =>
  `#${new URLSearchParams(at == null ? { node: docId } : { node: docId, at: String(at) })}`;
