// "This page" waiting for the page's report: after the site is turned on again, after "Read
// the page again", or when the page was still being read as the popup opened. Until the
// report comes (watch-report.ts brings it), answers without it do not replace "reading";
// after REPORT_WAIT_MS with none, the panel says so plainly (SummaryState 'unread').
import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import type { PageAnswer } from '../messaging/contract';
import type { SendFn } from './deps';
import type { SummaryState } from './page-view';
import type { StatusApi } from './status';

/** Asked again this long after the wait starts (a page the watch misses still shows)… */
export const ASK_AGAIN_MS = 3000;
/** …and given up on after this long: a long page on a slow machine reports within seconds. */
export const REPORT_WAIT_MS = 15_000;

/** What the status says when the report comes, or when it does not in time. */
export interface WaitWords {
  done: string;
  late: string;
}

export interface ReportWait {
  /** Wait for tab `tabId`'s report ('active': the toolbar popup's tab, while the popup's
   *  own lookup has not answered), "This page" saying it is reading meanwhile. */
  start(tabId: number | 'active', words?: WaitWords): void;
  /** Show `answer`; during a wait, one without the page's report changes nothing. */
  show(answer: PageAnswer): void;
}

/** No report yet: nothing answered, or the page's run still reading. */
function stillReading(answer: PageAnswer): boolean {
  return answer === null || ('unreported' in answer && answer.unreported === 'reading');
}

export function useReportWait(send: SendFn, setSummary: (s: SummaryState) => void, status: StatusApi): ReportWait {
  const current = useRef<{ timers: ReturnType<typeof setTimeout>[]; words?: WaitWords } | null>(null);
  const stop = useCallback(() => {
    current.current?.timers.forEach(clearTimeout);
    current.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const show = useCallback(
    (answer: PageAnswer) => {
      const wait = current.current;
      if (wait && stillReading(answer)) return;
      stop();
      setSummary({ state: 'ready', summary: answer });
      if (wait?.words) status.say('ok', wait.words.done);
    },
    [setSummary, status, stop],
  );

  const start = useCallback(
    (tabId: number | 'active', words?: WaitWords) => {
      stop();
      setSummary({ state: 'reading' });
      const ask = (): Promise<PageAnswer> => send('page/summary', { tabId });
      const wait: NonNullable<typeof current.current> = { words, timers: [] };
      const giveUp = (): void => {
        if (current.current !== wait) return;
        stop();
        setSummary({ state: 'unread', seconds: Math.round(REPORT_WAIT_MS / 1000) });
        status.say('info', words?.late ?? 'The page did not say what Backstory found on it in time.');
      };
      wait.timers.push(
        setTimeout(() => void ask().then((a) => current.current === wait && show(a), () => undefined), ASK_AGAIN_MS),
        // Asked once more at the end: a report that came unwatched still counts.
        setTimeout(() => void ask().then((a) => (current.current !== wait ? undefined : stillReading(a) ? giveUp() : show(a)), giveUp), REPORT_WAIT_MS),
      );
      current.current = wait;
    },
    [send, setSummary, show, status, stop],
  );

  return useMemo(() => ({ start, show }), [start, show]);
}
