import { describe, expect, it } from 'vitest';
import { foldSurnameShortForms } from './page-surname-orgs';
import type { PageAnnotation } from './types';

// Annotations as the matcher leaves them: "Ford" linked to a stored "Ford Motor Co.".
const ann = (text: string, start: number, kind: PageAnnotation['kind'], entityId: string | null, canonical: string | null): PageAnnotation =>
  ({ text, start, end: start + text.length, kind, entityId, canonical });
const company = (start: number, text = 'Ford'): PageAnnotation => ann(text, start, 'org', 'org:ford-motor-co', 'Ford Motor Co.');

describe('a company short form that is the surname of the page’s person', () => {
  it('is that person where the page names the person in full and the company never so', () => {
    const found = [ann('John Ford', 10, 'person', null, null), company(60), company(120)];
    foldSurnameShortForms(found);
    expect(found.slice(1).map((a) => [a.kind, a.entityId, a.canonical])).toEqual([
      ['person', null, 'John Ford'],
      ['person', null, 'John Ford'],
    ]);
  });

  it('stays the company where the page names it in full, or alone before the person', () => {
    const full = [company(0, 'Ford Motor Co.'), ann('Henry Ford', 40, 'person', null, null), company(90)];
    foldSurnameShortForms(full);
    expect(full[2]).toMatchObject({ kind: 'org', entityId: 'org:ford-motor-co' });
    const before = [company(0), ann('Bill Ford', 40, 'person', null, null), company(90)];
    foldSurnameShortForms(before);
    expect(before.map((a) => a.kind)).toEqual(['org', 'person', 'org']);
  });

  it('stays the company where two people of the surname are named', () => {
    const found = [ann('John Ford', 0, 'person', null, null), ann('Gerald Ford', 30, 'person', null, null), company(90)];
    foldSurnameShortForms(found);
    expect(found[2]).toMatchObject({ kind: 'org' });
  });
});
