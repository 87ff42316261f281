// The popup's tab strip: a WAI-ARIA tablist with roving focus. Arrow keys (and Home/End)
// move to a tab and select it; each panel's content is rendered the first time its tab is
// chosen (lazy), then kept so switching back is instant and keeps what was typed.
import type { ComponentChildren, JSX } from 'preact';
import { useRef } from 'preact/hooks';

export type TabName = 'page' | 'notes' | 'library' | 'settings';
export const TAB_ORDER: TabName[] = ['page', 'notes', 'library', 'settings'];
const LABELS: Record<TabName, string> = { page: 'This page', notes: 'Notes', library: 'Library', settings: 'Settings' };

/** Where an arrow/Home/End key moves from `current`; null for other keys. */
export function nextTab(current: TabName, key: string): TabName | null {
  const i = TAB_ORDER.indexOf(current);
  const n = TAB_ORDER.length;
  if (key === 'ArrowRight' || key === 'ArrowDown') return TAB_ORDER[(i + 1) % n] ?? null;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return TAB_ORDER[(i + n - 1) % n] ?? null;
  if (key === 'Home') return TAB_ORDER[0] ?? null;
  if (key === 'End') return TAB_ORDER[n - 1] ?? null;
  return null;
}

export function Tabs({ active, onSelect, render }: { active: TabName; onSelect: (tab: TabName) => void; render: (tab: TabName) => ComponentChildren }): JSX.Element {
  // Growing this set during render is idempotent, so a ref does (no second render).
  const visited = useRef<Set<TabName>>(new Set()).current;
  visited.add(active);
  const buttons = useRef<Partial<Record<TabName, HTMLButtonElement | null>>>({});

  const onKey = (e: KeyboardEvent): void => {
    const to = nextTab(active, e.key);
    if (!to) return;
    e.preventDefault();
    onSelect(to);
    buttons.current[to]?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label="Backstory" class="tablist" onKeyDown={onKey}>
        {TAB_ORDER.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            data-tab={name}
            aria-selected={name === active ? 'true' : 'false'}
            aria-controls={`panel-${name}`}
            tabIndex={name === active ? 0 : -1}
            ref={(el) => {
              buttons.current[name] = el;
            }}
            onClick={() => onSelect(name)}
          >
            {LABELS[name]}
          </button>
        ))}
      </div>
      {TAB_ORDER.map((name) => (
        <section key={name} role="tabpanel" id={`panel-${name}`} data-panel={name} aria-labelledby={`tab-${name}`} hidden={name !== active} class="panel">
          {visited.has(name) ? render(name) : null}
        </section>
      ))}
    </>
  );
}
