import { kindColor, kindName } from '../../src/graph-view/kind-style';
import { search, type Suggestion } from './api';

/**
 * The search box: suggestions from `search` as you type (debounced, stale answers
 * dropped), arrow keys and Enter to choose, Escape to close.
 */
export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, onPick: (s: Suggestion) => void): void {
  let items: Suggestion[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(
      ...items.map((s, i) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.id = `suggestion-${i}`;
        li.className = 'suggestion';
        li.setAttribute('aria-selected', String(i === active));
        const dot = document.createElement('span');
        dot.className = 'dot';
        dot.style.background = kindColor(s.kind);
        const label = document.createElement('span');
        label.className = 'suggestion-label';
        label.textContent = s.label;
        // Matched elsewhere than the name (an author, an alias, a description): show where.
        if (!['name', 'title', 'code', 'slug'].includes(s.matchedField)) {
          const why = document.createElement('span');
          why.className = 'suggestion-why';
          why.append(`${s.matchedField}: `, ...markedText(s.highlight));
          label.append(why);
        }
        const kind = document.createElement('span');
        kind.className = 'suggestion-kind';
        kind.textContent = s.detail ? `${kindName(s.kind)} · ${s.detail}` : kindName(s.kind);
        li.append(dot, label, kind);
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    if (items.length === 0 && input.value.trim()) {
      const li = document.createElement('li');
      li.className = 'suggestion empty';
      li.textContent = 'No match';
      list.append(li);
    }
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i: number) => {
    const s = items[i];
    if (!s) return;
    input.value = s.label;
    close();
    input.blur();
    onPick(s);
  };

  const ask = async () => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (!text) {
      items = [];
      close();
      return;
    }
    try {
      const found = await search(text);
      if (ticket !== asked) return;
      items = found;
      active = found.length > 0 ? 0 : -1;
      render();
    } catch {
      if (ticket === asked) {
        items = [];
        render();
      }
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  input.addEventListener('focus', () => {
    if (items.length > 0) render();
  });
}

/**
 * The server's highlight (HTML-escaped text with <mark> around matched words) as DOM
 * nodes built with text only: nothing from the network is ever parsed as HTML.
 */
function markedText(highlight: string): Node[] {
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return highlight.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const inner = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!inner) return document.createTextNode(unescape(part));
    const mark = document.createElement('mark');
    mark.textContent = unescape(inner[1]);
    return mark;
  });
}
