// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endPoint, readTextMap, readTextMapInSlices, SlicedReader, startPoint } from './text-map';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('readTextMap', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reads text in document order and joins inline pieces without a gap', () => {
    const map = readTextMap(page('<p>Prime Minister <b>Netan</b>yahu spoke.</p>'));
    expect(map.text.trim()).toBe('Prime Minister Netanyahu spoke.');
    expect(map.nodes).toHaveLength(3);
  });

  it('separates blocks so words of adjacent paragraphs never merge', () => {
    const map = readTextMap(page('<p>Gaza</p><p>Strip</p><div>Jenin<br>camp</div>'));
    expect(map.text).toBe('Gaza\nStrip\nJenin\ncamp');
  });

  it('skips scripts, styles, form fields, editable and hidden subtrees', () => {
    const map = readTextMap(page(`
      <p>kept one</p>
      <script>var hidden = "Netanyahu";</script>
      <style>.x{}</style>
      <noscript>no script</noscript>
      <textarea>typed text</textarea>
      <select><option>choice</option></select>
      <div contenteditable="true">editing <b>here</b></div>
      <div contenteditable="false">kept two</div>
      <div aria-hidden="true">screen reader hidden</div>
      <div hidden>hidden attr</div>
      <p>kept three</p>`));
    const words = map.text.split(/\s+/).filter(Boolean);
    expect(words).toEqual(['kept', 'one', 'kept', 'two', 'kept', 'three']);
  });

  it('reads only the summary of a closed <details>, and all of an open one', () => {
    const closed = readTextMap(page('<details><summary>Background</summary><p>Mike Waltz</p>folded</details><p>after</p>'));
    expect(closed.text).toBe('Background\nafter');
    const open = readTextMap(page('<details open><summary>Background</summary><p>Mike Waltz</p></details>'));
    expect(open.text).toBe('Background\nMike Waltz');
    expect(readTextMap(page('<details><p>no summary</p></details><p>after</p>')).text).toBe('after');
  });

  it('leaves out the excluded element (the card host)', () => {
    const body = page('<p>Hamas</p><div id="host"><p>card text</p></div>');
    const map = readTextMap(body, { exclude: document.getElementById('host') });
    expect(map.text.trim()).toBe('Hamas');
  });

  it('reads open shadow roots in place of the host and follows slots', () => {
    const body = page('<p>before</p><div id="host"><span>slotted</span></div><p>after</p>');
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>inside shadow</p><slot></slot>';
    const map = readTextMap(body);
    expect(map.text.split(/\s+/).filter(Boolean)).toEqual(['before', 'inside', 'shadow', 'slotted', 'after']);
    expect(map.shadowRoots).toEqual([root]);
  });

  it('reads closed shadow roots the extension reaches, but never a card host’s', () => {
    const body = page('<p>before</p><news-story></news-story><backstory-card></backstory-card><p>after</p>');
    const story = body.querySelector('news-story')!;
    const card = body.querySelector('backstory-card')!;
    const closed = new Map([[story, story.attachShadow({ mode: 'closed' })], [card, card.attachShadow({ mode: 'closed' })]]);
    closed.get(story)!.innerHTML = '<p>closed story</p>';
    closed.get(card)!.innerHTML = '<p>card text</p>';
    // Chrome's seam (src/platform/shadow-root.ts) reveals both roots.
    vi.stubGlobal('chrome', { runtime: {}, dom: { openOrClosedShadowRoot: (el: Element) => closed.get(el) ?? null } });
    const map = readTextMap(body);
    expect(map.text).toBe('before\nclosed story\nafter');
    expect(map.shadowRoots).toEqual([closed.get(story)]);
  });

  it('notes the custom elements it meets undefined, for a look once they may have a shadow root', () => {
    const body = page('<story-card id="late"><p>teaser</p></story-card><story-card id="host"></story-card><div hidden><story-card></story-card></div><p>Gaza</p>');
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>inside</p>';
    expect(readTextMap(body).undefinedElements).toEqual([document.getElementById('late')]);
  });

  it('separates light-DOM text from an inline shadow host’s text', () => {
    const body = page('<p>Prime Minister <x-name id="host"></x-name> spoke.</p>');
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = 'Benjamin Netanyahu';
    expect(readTextMap(body).text).toBe('Prime Minister \nBenjamin Netanyahu\n spoke.');
  });

  it('survives a very deep tree without recursion', () => {
    let html = '';
    for (let i = 0; i < 5000; i++) html += '<span>';
    html += 'deep Hamas';
    for (let i = 0; i < 5000; i++) html += '</span>';
    const map = readTextMap(page(html));
    expect(map.text).toBe('deep Hamas');
  });
});

describe('readTextMapInSlices', () => {
  it('hands the thread back between slices and reads what one pass reads', async () => {
    const body = page(`${'<p>Gaza <b>Strip</b></p><div><span>Rafah</span> crossing</div>'.repeat(600)}<div id="host"></div><p>end</p>`);
    const host = body.querySelector('#host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>inside <slot></slot> the root</p>';
    host.append('slotted');
    let pauses = 0;
    const sliced = await readTextMapInSlices(body, {}, 0, async () => {
      pauses++;
    });
    const whole = readTextMap(body);
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.nodes).toEqual(whole.nodes);
    expect(sliced.starts).toEqual(whole.starts);
    expect(sliced.shadowRoots).toEqual([host.shadowRoot]);
    expect(sliced.text.endsWith('inside slotted the root\nend')).toBe(true);
  });

  it('reads a small page in one slice', async () => {
    let pauses = 0;
    const map = await readTextMapInSlices(page('<p>Gaza</p><p>Strip</p>'), {}, 1000, async () => {
      pauses++;
    });
    expect(map.text).toBe('Gaza\nStrip');
    expect(pauses).toBe(0);
  });
});

describe('SlicedReader', () => {
  it('reads only as far as asked, a prefix of the whole text, and on to the end later', async () => {
    const body = page('<p>Gaza <b>Strip</b> talks.</p><div>Rafah crossing</div>'.repeat(2000));
    const whole = readTextMap(body);
    const reader = new SlicedReader(body, {}, 1000, async () => undefined);
    expect(await reader.readTo(500)).toBe(false);
    const head = reader.map;
    expect(head.text.length).toBeGreaterThanOrEqual(500);
    expect(head.text.length).toBeLessThan(whole.text.length / 2);
    expect(whole.text.startsWith(head.text)).toBe(true);
    expect(await reader.readTo()).toBe(true);
    expect(reader.map.text).toBe(whole.text);
    expect(reader.map.starts).toEqual(whole.starts);
  });

  it('says the text ended when a page is shorter than asked', async () => {
    const reader = new SlicedReader(page('<p>Gaza</p><p>Strip</p>'), {}, 1000, async () => undefined);
    expect(await reader.readTo(60_000)).toBe(true);
    expect(reader.map.text).toBe('Gaza\nStrip');
  });
});

describe('offsets to DOM points', () => {
  it('maps a span back to its nodes, across an inline boundary', () => {
    const map = readTextMap(page('<p>Prime Minister <b>Netan</b>yahu spoke.</p>'));
    const start = map.text.indexOf('Netanyahu');
    const s = startPoint(map, start)!;
    const e = endPoint(map, start + 'Netanyahu'.length)!;
    expect(s.node.data).toBe('Netan');
    expect(s.offset).toBe(0);
    expect(e.node.data).toBe('yahu spoke.');
    expect(e.offset).toBe(4);
  });

  it('puts an end at a node boundary inside the earlier node, a start inside the later one', () => {
    const map = readTextMap(page('<p><i>Gaza</i>City</p>'));
    expect(endPoint(map, 4)).toMatchObject({ offset: 4 });
    expect(endPoint(map, 4)!.node.data).toBe('Gaza');
    expect(startPoint(map, 4)!.node.data).toBe('City');
  });

  it('moves a start that falls on a separator to the next block', () => {
    const map = readTextMap(page('<p>Gaza</p><p>Strip</p>'));
    const p = startPoint(map, 4)!;
    expect(p.node.data).toBe('Strip');
    expect(p.offset).toBe(0);
  });

  it('returns null past the end of the text', () => {
    const map = readTextMap(page('<p>Gaza</p>'));
    expect(startPoint(map, 10)).toBeNull();
  });
});
