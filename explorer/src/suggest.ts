// Suggestions as you type, as an ARIA combobox (WAI-ARIA 1.2 pattern): arrows
// move through them, Enter picks, Escape closes; the list is read by screen readers.
import { graphql } from './api.js';
import { h } from './dom.js';
import { typeName } from './i18n.js';
import { SEARCH } from './queries.js';

export interface Suggestion {
  id: string;
  __typename: string;
  name: string;
  detail: string | null;
}

const SUGGEST_FIRST = 8;
const DELAY_MS = 150;

type Any = Record<string, any>;

/** What a node is called in a list. */
export function displayName(n: Any, untitled = '—'): string {
  switch (n.__typename) {
    case 'Directive':
      return [n.kind, n.symbol ?? n.key].filter(Boolean).join(' ') || n.id;
    case 'Meeting':
      return n.title || untitled;
    case 'Document':
      return n.title || n.source || n.id;
    default:
      return n.name ?? n.id;
  }
}

const detailOf = (n: Any): string | null => {
  switch (n.__typename) {
    case 'Meeting':
      return [n.date, n.place?.name].filter(Boolean).join(' · ') || null;
    case 'Directive':
      return n.key;
    case 'Organization':
      return n.locality ?? null;
    default:
      return null;
  }
};

let counter = 0;

/**
 * Turns `input` into a combobox suggesting nodes from the search API.
 * `onPick` gets the chosen node; Enter with no suggestion highlighted is left to the form.
 */
export function attachSuggestions(input: HTMLInputElement, onPick: (s: Suggestion) => void): void {
  const listId = `suggest-${++counter}`;
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.parentElement?.classList.add('has-suggestions');

  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${listId}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const s = items[i];
    if (!s) return;
    close();
    onPick(s);
  };
  const show = () => {
    list.replaceChildren(
      ...items.map((s, i) =>
        h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            'aria-selected': 'false',
            'data-id': s.id,
            // mousedown, not click: the input keeps focus and the pick happens before blur closes the list.
            onmousedown: ((e: Event) => {
              e.preventDefault();
              pick(i);
            }) as EventListener,
          },
          h('span', { class: 'type' }, typeName(s.__typename)),
          s.name,
          s.detail ? h('span', { class: 'meta' }, ` — ${s.detail}`) : null,
        ),
      ),
    );
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    highlight(-1);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      items = [];
      close();
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const data = await graphql<{ search: Array<{ node: Any }> }>(SEARCH, { text, first: SUGGEST_FIRST });
        if (mine !== asked) return; // a newer text was typed meanwhile
        items = data.search.map(({ node }) => ({ id: node.id, __typename: node.__typename, name: displayName(node), detail: detailOf(node) }));
        show();
      } catch {
        items = [];
        close();
      }
    }, DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      highlight((active + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(active);
    }
  });
  input.addEventListener('blur', () => close());
}
