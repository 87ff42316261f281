// Where the pointer last was on this page, noted from boot. Hover and the card load only
// once a run has matched the whole page (interaction-wake.ts); a reader whose pointer came
// to rest on a term while a long page was still being matched moves no more, so without
// this no card would open until they did. One passive listener for the page's life: each
// event stores two numbers, nothing more.

let x = 0;
let y = 0;
let known = false;
let tracking = false;

/** Start noting the pointer (once per page, whatever the runs). */
export function trackPointer(): void {
  if (tracking) return;
  tracking = true;
  document.addEventListener(
    'pointermove',
    (e) => {
      x = e.clientX;
      y = e.clientY;
      known = true;
    },
    { passive: true, capture: true }, // a page stopping the event on its way up hides it from no one
  );
  // Gone off the page: a position by the edge is no rest on a term. Not captured: that
  // would hear every element's own pointerleave.
  document.addEventListener('pointerleave', () => (known = false), { passive: true });
}

/** The pointer's last position on the page, or null when it has not moved there (or left). */
export function lastPointer(): { x: number; y: number } | null {
  return known ? { x, y } : null;
}
