import { describe, expect, it } from 'vitest';
import { type Box, placeCard } from './card-placement';

const viewport = { width: 1000, height: 800 };
const size = { width: 360, height: 200 };

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function inside(a: Box): boolean {
  return a.left >= 0 && a.top >= 0 && a.left + a.width <= viewport.width && a.top + a.height <= viewport.height;
}

describe('placeCard', () => {
  it('goes just below the term when there is room', () => {
    const term = { left: 100, top: 100, width: 80, height: 20 };
    const p = placeCard(term, size, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(120);
    expect(p.top).toBeLessThan(140);
    expect(p.left).toBe(100);
    expect(overlaps(p, term)).toBe(false);
  });

  it('flips above the term near the bottom edge', () => {
    const term = { left: 100, top: 700, width: 80, height: 20 };
    const p = placeCard(term, size, viewport);
    expect(p.side).toBe('above');
    expect(p.top + p.height).toBeLessThanOrEqual(700);
    expect(overlaps(p, term)).toBe(false);
    expect(inside(p)).toBe(true);
  });

  it('shifts left at the right edge and stays inside the viewport', () => {
    const term = { left: 950, top: 100, width: 40, height: 20 };
    const p = placeCard(term, size, viewport);
    expect(p.left + p.width).toBeLessThanOrEqual(viewport.width);
    expect(inside(p)).toBe(true);
    expect(overlaps(p, term)).toBe(false);
  });

  it('cuts its height to the larger side when it fits neither, never covering the term', () => {
    const term = { left: 100, top: 300, width: 80, height: 20 };
    const p = placeCard(term, { width: 360, height: 700 }, viewport);
    expect(p.side).toBe('below');
    expect(p.height).toBeLessThan(700);
    expect(inside(p)).toBe(true);
    expect(overlaps(p, term)).toBe(false);
  });

  it('narrows on a viewport smaller than the card', () => {
    const term = { left: 10, top: 10, width: 50, height: 18 };
    const p = placeCard(term, size, { width: 300, height: 600 });
    expect(p.width).toBeLessThanOrEqual(300 - 16);
    expect(p.left).toBeGreaterThanOrEqual(8);
  });
});

describe('placeCard on a right-to-left page', () => {
  it('lines the card up with the term’s right edge, inside the viewport', () => {
    const term = { left: 600, top: 100, width: 80, height: 20 };
    const p = placeCard(term, size, viewport, true);
    expect(p.left + p.width).toBe(680);
    expect(placeCard({ left: 20, top: 100, width: 80, height: 20 }, size, viewport, true).left).toBe(8);
  });
});
