// Fakes for rendering popup views in tests: a `send` answering from a handler map (and
// recording every call), a `sendTab` likewise, and a render helper that waits for the
// views' requests to settle. The rendered tree loses the focus the way browsers make it:
// happy-dom keeps it on a control that becomes disabled, Chromium and Firefox do not.
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import type { RequestKind, Requests } from '../messaging/contract';
import type { TabRequestKind, TabRequests } from '../messaging/tab-contract';
import { DepsContext, type PopupDeps, type SendFn, type SendTabFn } from './deps';
import { LATER_VIEWS } from './later-views';

export type FakeHandlers = { [K in RequestKind]?: (req: Requests[K]['req']) => Requests[K]['res'] | Promise<Requests[K]['res']> };
export type FakeTabHandlers = { [K in TabRequestKind]?: (req: TabRequests[K]['req']) => TabRequests[K]['res'] | Promise<TabRequests[K]['res']> };

export interface Call {
  kind: string;
  req: unknown;
}

export function fakeSend(handlers: FakeHandlers, calls: Call[] = []): SendFn {
  return (async (kind: RequestKind, req: unknown) => {
    calls.push({ kind, req });
    const h = handlers[kind] as ((r: unknown) => unknown) | undefined;
    if (!h) throw new Error(`Unknown request kind: ${kind}`);
    return h(req);
  }) as SendFn;
}

export function fakeSendTab(handlers: FakeTabHandlers, calls: Call[] = []): SendTabFn {
  return (async (kind: TabRequestKind, req: unknown) => {
    calls.push({ kind, req });
    const h = handlers[kind] as ((r: unknown) => unknown) | undefined;
    if (!h) throw new Error('Backstory is not available on this page.');
    return h(req);
  }) as SendTabFn;
}

export interface Rendered {
  root: HTMLElement;
  calls: Call[];
  tabCalls: Call[];
  closed: () => number;
  /** Let pending promises and effects run. */
  settle: (ms?: number) => Promise<void>;
  $: <E extends Element = HTMLElement>(selector: string) => E | null;
  $$: <E extends Element = HTMLElement>(selector: string) => E[];
}

export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, i === 0 ? ms : 0));
    });
  }
}

export async function renderWithDeps(view: ComponentChildren, opts: { handlers?: FakeHandlers; tab?: FakeTabHandlers; deps?: Partial<PopupDeps> } = {}): Promise<Rendered> {
  const calls: Call[] = [];
  const tabCalls: Call[] = [];
  let closes = 0;
  const deps: PopupDeps = {
    send: fakeSend(opts.handlers ?? {}, calls),
    sendTab: fakeSendTab(opts.tab ?? {}, tabCalls),
    tab: { id: 7, url: 'https://news.example/story', title: 'A story' },
    openedAsTab: false,
    closeWindow: () => void closes++,
    download: () => undefined,
    now: () => new Date('2026-03-04T10:00:00Z'),
    laterViews: () => Promise.resolve(LATER_VIEWS),
    ...opts.deps,
  };
  const root = document.createElement('div');
  document.body.append(root);
  dropFocusWhenDisabled(root);
  await act(() => {
    render(<DepsContext.Provider value={deps}>{view}</DepsContext.Provider>, root);
  });
  await settle();
  return {
    root,
    calls,
    tabCalls,
    closed: () => closes,
    settle,
    $: <E extends Element = HTMLElement>(s: string) => root.querySelector<E>(s),
    $$: <E extends Element = HTMLElement>(s: string) => [...root.querySelectorAll<E>(s)],
  };
}

/** What Chromium and Firefox do when the focused control becomes disabled: the focus goes to
 *  <body> (and is not given back when the control is enabled again). */
function dropFocusWhenDisabled(root: HTMLElement): void {
  new MutationObserver(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement && root.contains(focused) && focused.matches(':disabled'))) return;
    // happy-dom will not blur() a disabled element: focus a stand-in and take it away.
    const standIn = document.createElement('span');
    standIn.tabIndex = -1;
    document.body.append(standIn);
    standIn.focus();
    standIn.remove();
  }).observe(root, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

/** Click, type into a field, or change a control, the way a user does. */
export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
  await settle();
}

export async function typeInto(el: Element | null, value: string): Promise<void> {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) throw new Error('not a field');
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
  await settle();
}
