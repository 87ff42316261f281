// The flat tree (the one a text read follows), for the observers' callback (observers.ts)
// and their batches (observer-batch.ts): kept apart so each bundle takes only this.

/** `node`'s parent in the flat tree: its slot, or a shadow root's host, or its parent. */
export function flatParent(node: Node): Node | null {
  const slot = (node as Partial<Element>).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  return parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? parent) : parent;
}
