// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lastPointer, trackPointer } from './last-pointer';

const move = (target: EventTarget, x: number, y: number): void => {
  target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
};

describe('lastPointer', () => {
  it('knows nothing before the pointer moves, then its latest position', () => {
    trackPointer();
    trackPointer(); // twice is once
    expect(lastPointer()).toBeNull();
    move(document, 10, 20);
    move(document, 30, 40);
    expect(lastPointer()).toEqual({ x: 30, y: 40 });
  });

  it('hears a move the page stops on its way up', () => {
    const el = document.body.appendChild(document.createElement('p'));
    el.addEventListener('pointermove', (e) => e.stopPropagation());
    move(el, 70, 80);
    expect(lastPointer()).toEqual({ x: 70, y: 80 });
    el.remove();
  });

  it('forgets it when the pointer leaves the page, not when it leaves an element', () => {
    move(document, 5, 6);
    const el = document.body.appendChild(document.createElement('p'));
    el.dispatchEvent(new PointerEvent('pointerleave'));
    expect(lastPointer()).toEqual({ x: 5, y: 6 });
    document.dispatchEvent(new PointerEvent('pointerleave'));
    expect(lastPointer()).toBeNull();
    el.remove();
  });
});
