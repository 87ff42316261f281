// The node before another in the flat tree (the order Tab follows, and the text map reads):
// a shadow host's shadow tree in place of its children (open roots, and the closed ones an
// extension may reach: readableShadowRoot, as the text map reads them), a slot's assigned
// nodes in place of its own, and a shadow tree's start leads back to its host. For
// tab-place.ts, which looks back from a term for an element that takes the focus.
import { readableShadowRoot } from './text-rules';

/** The node before `node` in flat tree order (its previous sibling's last descendant, else
 *  its parent), or null at the document's start. */
export function flatBefore(node: Node): Node | null {
  let at = flatPreviousSibling(node);
  if (!at) return flatParentOf(node);
  for (let last = lastFlatChild(at); last; last = lastFlatChild(at)) at = last;
  return at;
}

/** `node`'s last child in the flat tree: its shadow root's, a slot's last assigned node
 *  (else its fallback content's), or its own. */
function lastFlatChild(node: Node): Node | null {
  if (node.nodeType !== 1) return node.lastChild;
  const root = readableShadowRoot(node as Element);
  if (root) return root.lastChild;
  if ((node as Element).localName === 'slot') {
    const assigned = (node as HTMLSlotElement).assignedNodes();
    if (assigned.length > 0) return assigned[assigned.length - 1] ?? null;
  }
  return node.lastChild;
}

/** The node before `node` among its flat siblings: among the slot's assigned nodes for one
 *  assigned to a slot. */
function flatPreviousSibling(node: Node): Node | null {
  const slot = slotOf(node);
  if (!slot) return node.previousSibling;
  const assigned = slot.assignedNodes();
  const i = assigned.indexOf(node);
  return i > 0 ? (assigned[i - 1] ?? null) : null;
}

/** `node`'s parent in the flat tree: its slot, a shadow root's host, or its parent. */
function flatParentOf(node: Node): Node | null {
  const parent = slotOf(node) ?? node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

/** The slot `node` is assigned to: `assignedSlot` tells only of an open root's, so a closed
 *  root the extension reads is searched for it (light children of a host only). */
function slotOf(node: Node): HTMLSlotElement | null {
  const told = (node as Partial<Element>).assignedSlot;
  if (told) return told;
  const host = node.parentNode;
  const root = host?.nodeType === 1 ? readableShadowRoot(host as Element) : null;
  if (!root) return null;
  for (const slot of root.querySelectorAll('slot')) if (slot.assignedNodes().includes(node)) return slot;
  return null;
}
