import { describe, expect, it } from 'vitest';
import { withoutNamesakes } from './topic-namesakes';
import type { HighlightKind, PageAnnotation } from './types';

const ann = (text: string, kind: HighlightKind, entityId: string | null): PageAnnotation => ({ start: 0, end: text.length, text, kind, entityId, canonical: entityId ? text : null });

describe('a stored person’s surname on a page about a namesake', () => {
  const merz = ann('Merz', 'person', 'person:friedrich-merz');
  const germany = ann('Germany', 'place', 'place:germany');
  const jonas = ann('Jonas Merz', 'person', null);

  it('is no stored person in a headline whose text names the namesake', () => {
    const kiel = ann('Kiel', 'place', null);
    expect(withoutNamesakes([merz, kiel], [jonas, germany])).toEqual([kiel, jonas, germany]);
  });

  it('stays the stored person in a headline whose text gives only the role', () => {
    // "Merz vows to cut taxes" over "The chancellor told the Bundestag …"
    const bundestag = ann('Bundestag', 'org', 'org:bundestag');
    expect(withoutNamesakes([merz], [bundestag])).toEqual([merz, bundestag]);
  });

  it('is no stored person where the page names another person of that surname and never the stored one in full', () => {
    // The visible text repeats the headline: its "Merz" and the later one link too.
    expect(withoutNamesakes([merz], [merz, jonas, germany, merz])).toEqual([jonas, germany]);
  });

  it('stays the stored person where the text links them, and no namesake is named', () => {
    expect(withoutNamesakes([merz], [merz, germany])).toEqual([merz, merz, germany]);
    const full = ann('Friedrich Merz', 'person', 'person:friedrich-merz');
    expect(withoutNamesakes([merz], [full])).toEqual([merz, full]);
  });

  it('stays the stored person where the page names them in full beside the namesake', () => {
    const full = ann('Friedrich Merz', 'person', 'person:friedrich-merz');
    expect(withoutNamesakes([merz], [full, jonas, merz])).toEqual([merz, full, jonas, merz]);
  });

  it('leaves a headline’s full name, and a body’s one-word name, as they are', () => {
    const full = ann('Friedrich Merz', 'person', 'person:friedrich-merz');
    const hamas = ann('Hamas', 'org', 'org:hamas');
    expect(withoutNamesakes([full, hamas], [])).toEqual([full, hamas]);
  });
});
