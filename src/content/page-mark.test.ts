// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageAnnotation } from '../core/types';
import { listBatch } from '../messaging/packed-annotations';
import { MarkList, type PageMark } from './page-mark';
import { readTextMap, type TextMap } from './text-map';

function mapOf(text: string): TextMap {
  const p = document.createElement('p');
  p.textContent = text;
  return readTextMap(p);
}

/** A batch marking every word of `map`'s text. */
function words(map: TextMap) {
  const list: PageAnnotation[] = [];
  for (const m of map.text.matchAll(/\S+/g)) list.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'person', entityId: null, canonical: null });
  return listBatch(list);
}

/** Order by the text's first word number ("w3" before "w10"), as DOM order would. */
const before = (a: PageMark, b: PageMark): boolean => Number(a.annotation.text.slice(1)) < Number(b.annotation.text.slice(1));
const texts = (list: MarkList): string[] => list.all().map((m) => m.annotation.text);

describe('MarkList', () => {
  it('makes a mark only when it is asked for, and the same one every time', () => {
    const list = new MarkList();
    const map = mapOf('w1 w2 w3 w4');
    expect(list.place(words(map), map, before)).toBe(true);
    expect(list.length).toBe(4);
    expect(list.peek(2)).toBeUndefined();
    const third = list.at(2);
    expect(third.annotation.text).toBe('w3');
    expect(list.peek(2)).toBe(third);
    expect(list.at(2)).toBe(third);
    expect(list.all()[2]).toBe(third);
  });

  it('places a later batch after, and an earlier one inside, cutting a batch in two', () => {
    const list = new MarkList();
    const a = mapOf('w1 w2 w5 w6');
    const b = mapOf('w7 w8');
    const c = mapOf('w3 w4');
    list.place(words(a), a, before);
    const kept = list.at(3);
    expect(list.place(words(b), b, before)).toBe(true);
    expect(list.place(words(c), c, before)).toBe(false);
    expect(texts(list)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']);
    expect(list.at(5)).toBe(kept);
  });

  it('drops marks, keeping the rest in order, and clears', () => {
    const list = new MarkList();
    const map = mapOf('w1 w2 w3 w4 w5 w6');
    list.place(words(map), map, before);
    const gone: string[] = [];
    const removed = list.drop((m) => ['w2', 'w3', 'w6'].includes(m.annotation.text), (m) => gone.push(m.annotation.text));
    expect(removed).toBe(3);
    expect(gone).toEqual(['w2', 'w3', 'w6']);
    expect(texts(list)).toEqual(['w1', 'w4', 'w5']);
    const first = list.at(0);
    list.clear();
    expect(list.length).toBe(0);
    expect(first.dead).toBe(true);
    expect(() => list.at(0)).toThrow(RangeError);
  });
});

describe('PageMark.startsBefore', () => {
  it('orders two marks over one text map by their offsets, and leaves marks over two maps to the DOM', () => {
    const map = mapOf('w1 w2 w3');
    const list = new MarkList();
    list.place(words(map), map, before);
    const [first, second] = [list.at(0), list.at(1)];
    expect(first.startsBefore(second)).toBe(true);
    expect(second.startsBefore(first)).toBe(false);
    expect(first.startsBefore(first)).toBe(false);
    const other = mapOf('w4');
    const elsewhere = new MarkList();
    elsewhere.place(words(other), other, before);
    expect(first.startsBefore(elsewhere.at(0))).toBeUndefined();
  });
});
