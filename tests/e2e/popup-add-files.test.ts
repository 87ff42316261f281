// Library → "Add from files…" with files a reader might pick by mistake, in Chromium and
// Firefox with the built extension: an article list with a bad address, an empty file and
// one that is not JSON, a title over the limit. The problems are said in words right under the button, in an alert,
// with "Nothing was added", and the library is as it was.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForHighlights } from './harness';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, openPopup, showPanel, waitInPopup, type PopupHandle } from './popup-driver';

const server = useFixtureServer();
const dir = mkdtempSync(join(tmpdir(), 'backstory-add-files-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe.each(BROWSERS)('Library → Add from files… with bad files in %s', (kind) => {
  const session = useBrowser(kind, server);
  let popup: PopupHandle;

  beforeAll(async () => {
    const page = await session.open('/demo.html');
    await waitForHighlights(page);
    popup = await openPopup(session, page, { mode: 'tab' });
    await showPanel(popup.page, 'library');
    await waitInPopup(popup.page, 'input[type=file][data-import-articles]');
  });

  it('says what is wrong in words, under the button, and adds nothing', async () => {
    const before = (await askBackground(session, 'library/list', { limit: 0 })).total;
    const list = [{ title: 'Quay repairs begin', text: 'Work starts.' }, { title: 'Tolls frozen', text: 'No rise.', url: 42 }];
    const input = await popup.page.$('input[type=file][data-import-articles]');
    await input!.uploadFile(file('harbour.json', JSON.stringify(list)), file('blank.json', ''), file('table.json', 'title,url\n'), file('banner.json', JSON.stringify({ title: 'Quay '.repeat(201), text: 'Work starts.' })));
    await waitInPopup(popup.page, '[data-add-problems]');
    const note = await popup.page.$eval('[data-add-problems]', (e) => ({
      role: e.getAttribute('role'),
      afterToolbar: e.previousElementSibling?.classList.contains('toolbar') ?? false,
      problems: [...e.querySelectorAll('li')].map((li) => li.textContent),
      text: e.textContent ?? '',
    }));
    expect(note.role).toBe('alert');
    expect(note.afterToolbar).toBe(true);
    expect(note.text).toContain('Nothing was added; your library is as it was.');
    expect(note.problems).toEqual([
      'harbour.json, article 2 (“Tolls frozen”): its address (url) should be a web address starting with http:// or https://.',
      'blank.json is empty.',
      expect.stringMatching(/^table\.json is not JSON, so it could not be read as articles( \(at line 1, column \d+\))?\.$/),
      // A limit is written as the popup writes counts, its digits grouped.
      'banner.json: the title is longer than 1,000 characters.',
    ]);
    expect((await askBackground(session, 'library/list', { limit: 0 })).total).toBe(before);
    await popup.close();
  });
});
