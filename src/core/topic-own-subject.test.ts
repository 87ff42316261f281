import { describe, expect, it } from 'vitest';
import { ownSubjectLeads } from './topic-own-subject';
import type { HighlightKind, PageAnnotation } from './types';

let at = 0;
/** An annotation of `text`, linked to `entityId` or (null) only found on the page. */
const ann = (text: string, kind: HighlightKind, entityId: string | null, canonical: string | null = entityId ? text : null): PageAnnotation => {
  at += 10;
  return { start: at, end: at + text.length, text, kind, entityId, canonical };
};
const times = (n: number, make: () => PageAnnotation) => Array.from({ length: n }, make);

describe('a page’s own subject', () => {
  it('leads where the page names something the store does not know more often than any stored actor', () => {
    // Another company's strike naming the stored union once.
    expect(ownSubjectLeads([...times(3, () => ann('Boeing', 'org', null)), ann('United Auto Workers', 'org', 'org:uaw'), ann('Detroit', 'place', 'place:detroit')])).toBe(true);
    // Another country's truce naming the stored president once: a place can be the subject.
    expect(ownSubjectLeads([ann('Sudan', 'place', null), ann('Sudan', 'place', null), ann('Trump', 'person', 'person:trump'), ann('Egypt', 'place', 'place:egypt')])).toBe(true);
  });

  it('counts a person’s full name and surname as one', () => {
    expect(ownSubjectLeads([ann('Alex Mashinsky', 'person', null, 'Alex Mashinsky'), ann('Mashinsky', 'person', null, 'Mashinsky'), ann('FTX', 'org', 'org:ftx')])).toBe(true);
  });

  it('does not count a stored place as an actor the page is about', () => {
    expect(ownSubjectLeads([ann('Cascade Ridge', 'org', null), ann('Cascade Ridge', 'org', null), ...times(3, () => ann('California', 'place', 'place:california'))])).toBe(true);
  });

  it('does not lead where nothing of the page’s own is named more often than a stored actor', () => {
    // A brief naming a stored bank once, and nobody else.
    expect(ownSubjectLeads([ann('Silicon Valley Bank', 'org', 'org:svb'), ann('California', 'place', 'place:california')])).toBe(false);
    // Names of its own once each.
    expect(ownSubjectLeads([ann('Red Cross', 'org', null), ann('Tedros', 'person', null), ann('Hamas', 'org', 'org:hamas')])).toBe(false);
    // As often as the stored actor: the stored one is as much the subject.
    expect(ownSubjectLeads([ann('Toyota', 'org', null), ann('Toyota', 'org', null), ann('GM', 'org', 'org:gm'), ann('General Motors', 'org', 'org:gm')])).toBe(false);
    // Figures and dates are no names.
    expect(ownSubjectLeads([ann('$3 billion', 'number', null), ann('$3 billion', 'number', null), ann('Monday', 'date', null), ann('Monday', 'date', null), ann('FAA', 'org', 'org:faa')])).toBe(false);
  });
});
