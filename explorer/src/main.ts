// The explorer: every view is a URL hash (#q=…, #node=…, #from=…&to=…), read only
// from the GraphQL API; labels in Vietnamese or English.
import { append, connectionsHref, nodeHref, searchHref } from './dom.js';
import { currentLang, setLang, t, type Lang, type Strings } from './i18n.js';
import { dropMounted, runMounted } from './mount.js';
import { attachSuggestions } from './suggest.js';
import { connectionsView, disposeGraphs, nodeView, searchView, startView } from './views.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const main = byId<HTMLElement>('main');
const statusLine = byId<HTMLElement>('status');
const errorBox = byId<HTMLElement>('error');
const input = byId<HTMLInputElement>('q');

/** Static labels of the page: elements with data-i18n (text) or data-i18n-placeholder. */
function relabel(): void {
  const s = t() as Record<string, unknown>;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    const v = s[el.dataset.i18n ?? ''];
    if (typeof v === 'string') el.textContent = v;
  });
  document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
    const v = s[el.dataset.i18nPlaceholder ?? ''];
    if (typeof v === 'string') el.placeholder = v;
  });
  document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === currentLang())));
  byId<HTMLAnchorElement>('nav-connections').href = connectionsHref();
}

let generation = 0;

async function route(focus: boolean): Promise<void> {
  const params = new URLSearchParams(location.hash.slice(1));
  const id = params.get('node');
  const text = params.get('q')?.trim();
  const connect = params.has('from') || params.has('to');
  const mine = ++generation;
  errorBox.hidden = true;
  errorBox.textContent = '';
  statusLine.textContent = t().loading;
  main.setAttribute('aria-busy', 'true');
  dropMounted();
  if (text !== undefined && input.value !== text) input.value = text;
  try {
    const at = params.get('at');
    const content = id
      ? await nodeView(id, at === null ? null : Number(at))
      : connect
        ? await connectionsView(params.get('from') ?? '', params.get('to') ?? '', Math.min(4, Math.max(1, Number(params.get('hops') ?? 3) || 3)))
        : text
          ? await searchView(text, (s) => {
              statusLine.textContent = s;
            })
          : await startView();
    if (mine !== generation) return; // a newer view was asked for meanwhile
    if (!text || id || connect) statusLine.textContent = '';
    disposeGraphs();
    main.replaceChildren();
    append(main, [content]);
    runMounted();
    if (focus && !params.has('at')) (main.querySelector('h2') ?? main).focus();
  } catch (e) {
    if (mine !== generation) return;
    statusLine.textContent = '';
    disposeGraphs();
    main.replaceChildren();
    errorBox.textContent = `${t().apiError}${(e as Error).message}`;
    errorBox.hidden = false;
  } finally {
    if (mine === generation) {
      main.removeAttribute('aria-busy');
      main.dataset.view = id ? 'node' : connect ? 'connections' : text ? 'search' : 'start';
    }
  }
}

byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = input.value.trim();
  if (!value) return;
  const href = searchHref(value);
  if (location.hash === href) void route(true);
  else location.hash = href;
});
attachSuggestions(input, (s) => {
  location.hash = nodeHref(s.id);
});

document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((b) =>
  b.addEventListener('click', () => {
    setLang(b.dataset.lang as Lang);
    relabel();
    void route(false);
  }),
);

export type { Strings };
document.documentElement.lang = currentLang();
relabel();
window.addEventListener('hashchange', () => void route(true));
void route(false);
