// A text node directly under the body (or the root element) has no block of its own to be
// re-read with when it changes (observers.ts's rereadRoot): re-reading its parent read the
// whole page at each change, so a bare clock ticking there matched the page every second.
// What the first read joined it with is its run of siblings between the body's block
// children (text-map.ts separates blocks and shadow hosts, nothing else): that run alone is
// read again, so a name running from it into a <b> beside it is still matched whole.
import { isBlock, readableShadowRoot } from './text-rules';

/** Whether `node` is a text node whose parent is the body or the root element. */
export function isLooseText(node: Node): boolean {
  const parent = node.parentNode;
  if (node.nodeType !== 3 || !parent || parent.nodeType !== 1) return false;
  const name = (parent as Element).localName;
  return name === 'body' || name === 'html';
}

/** A node a read separates from its neighbours: a block, or a shadow host. */
function isEdge(node: Node): boolean {
  return node.nodeType === 1 && (isBlock(node as Element) || readableShadowRoot(node as Element) !== null);
}

/** Text node `text` and its siblings on either side up to the nearest edges, in document order. */
export function inlineRun(text: Node): Node[] {
  let first = text;
  while (first.previousSibling && !isEdge(first.previousSibling)) first = first.previousSibling;
  const run: Node[] = [];
  for (let n: Node | null = first; n && !isEdge(n); n = n.nextSibling) run.push(n);
  return run;
}
