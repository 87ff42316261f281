// The top frame's page/report: what the popup is told once a run is done, and the run's id
// under which the background kept what it found.
import type { PageReportRequest } from '../messaging/contract';
import { send } from '../messaging/send';

/** What the popup is told. The annotations of run `run` (of every kind: the popup picks the
 *  kinds shown) the background gathered itself while it matched this frame's text (page-gather.ts). */
export function pageReport(topic: PageReportRequest['topic'], run: string | undefined, pageDark: boolean): PageReportRequest {
  return { url: location.href, title: document.title, topic, run, scheme: pageDark ? 'dark' : 'light' };
}

/** Sends the report; `done` runs once it is answered (kept, or refused: either way the
 *  popup can ask for the page to be read again), unless the run was aborted meanwhile. */
export function sendReport(value: PageReportRequest, signal: AbortSignal, done: () => void): void {
  void send('page/report', value)
    .catch(() => undefined)
    .then(() => signal.aborted || done());
}

export function runId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
