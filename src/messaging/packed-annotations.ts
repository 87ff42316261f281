// page/annotate's answer on the wire, and the page's lazy view of it.
//
// Chromium hands an extension message to the page as a value tree built node by node in
// the page's heap: ~7,000 annotation objects (a 50k-word page) blocked the page's thread for
// 10–25 ms per answer. Even one JSON string to JSON.parse cost up to ~15 ms cold. So the
// spans travel as a string of fixed-width numbers read with charCodeAt on use, and the
// rest (entity names, quantities) as JSON parsed only when a term is first looked at
// (hover, keyboard, the popup's reveal). Registering ranges needs only the spans.
import type { HighlightKind, PageAnnotation, Quantity, QuantityForm } from '../core/types';

const KINDS: readonly HighlightKind[] = ['person', 'org', 'place', 'event', 'number', 'date'];
/** Each number is two characters of 14 bits, in U+4E00–U+8DFF: never a surrogate or a
 *  character JSON escapes, so the string crosses any message channel unchanged. */
const DIGIT_BASE = 0x4e00;
const DIGIT_BITS = 14;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;
const MAX_NUMBER = 2 ** (2 * DIGIT_BITS) - 1;
/** Characters per annotation: start, end (2 each), kind + linked bit (1), entity ref + 1,
 *  quantity ref + 1 (2 each). */
const STRIDE = 9;

export interface PackedAnnotations {
  /** Fixed-width spans, STRIDE characters per annotation (see above). */
  spans: string;
  /** JSON of [entities as [entityId, canonical] pairs, quantities]; the spans' refs index them. */
  extra: string;
}

/** A quantity without its surface text (the page has it) and without key names: these
 *  were most of an answer's bytes. */
type PackedQuantity = [start: number, end: number, kind: 0 | 1, form: QuantityForm, value: number | null, unit: string | null, qualifier: string | null, high?: number | null, iso?: string];
type Extra = [entities: [string | null, string | null][], quantities: PackedQuantity[]];

function packQuantity(q: Quantity): PackedQuantity {
  const packed: PackedQuantity = [q.start, q.end, q.kind === 'date' ? 1 : 0, q.form, q.value, q.unit, q.qualifier];
  if (q.high !== undefined || q.iso !== undefined) packed.push(q.high ?? null);
  if (q.iso !== undefined) packed.push(q.iso);
  return packed;
}

function unpackQuantity(p: PackedQuantity, text: string): Quantity {
  const [start, end, kind, form, value, unit, qualifier, high, iso] = p;
  const q: Quantity = { start, end, text: text.slice(start, end), kind: kind === 1 ? 'date' : 'number', form, value, unit, qualifier };
  if (high !== undefined && high !== null) q.high = high;
  if (iso !== undefined) q.iso = iso;
  return q;
}

/** A chunk's annotations in reading order, read one at a time. */
export interface AnnotationBatch {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  kind(i: number): HighlightKind;
  /** Known to the store (its entity has an id). */
  linked(i: number): boolean;
  /** Annotation `i` in full; `text` is the text its offsets count in (for its surface). */
  annotation(i: number, text: string): PageAnnotation;
}

function pushNumber(out: string[], n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NUMBER) throw new RangeError(`packAnnotations: ${n} out of range`);
  out.push(String.fromCharCode(DIGIT_BASE + (n >> DIGIT_BITS), DIGIT_BASE + (n & DIGIT_MASK)));
}

export function packAnnotations(list: readonly PageAnnotation[]): PackedAnnotations {
  const spans: string[] = [];
  const entities: [string | null, string | null][] = [];
  const entityRef = new Map<string, number>();
  const quantities: PackedQuantity[] = [];
  for (const a of list) {
    let ref = -1;
    if (a.entityId !== null || a.canonical !== null) {
      const key = `${a.entityId ?? ''}\u0000${a.canonical ?? ''}`;
      ref = entityRef.get(key) ?? -1;
      if (ref < 0) {
        ref = entities.push([a.entityId, a.canonical]) - 1;
        entityRef.set(key, ref);
      }
    }
    const q = a.quantity ? quantities.push(packQuantity(a.quantity)) - 1 : -1;
    pushNumber(spans, a.start);
    pushNumber(spans, a.end);
    spans.push(String.fromCharCode(DIGIT_BASE + Math.max(0, KINDS.indexOf(a.kind)) + (a.entityId !== null ? 8 : 0)));
    pushNumber(spans, ref + 1);
    pushNumber(spans, q + 1);
  }
  const extra: Extra = [entities, quantities];
  return { spans: spans.join(''), extra: JSON.stringify(extra) };
}

function isExtra(value: unknown): value is Extra {
  return Array.isArray(value) && value.length === 2 && Array.isArray(value[0]) && Array.isArray(value[1]);
}

class PackedBatch implements AnnotationBatch {
  readonly length: number;
  private parsed: Extra | null = null;
  constructor(
    private readonly spans: string,
    private readonly extra: string,
  ) {
    this.length = spans.length / STRIDE;
  }
  private number(at: number): number {
    return ((this.spans.charCodeAt(at) - DIGIT_BASE) << DIGIT_BITS) | (this.spans.charCodeAt(at + 1) - DIGIT_BASE);
  }
  private code(i: number): number {
    return this.spans.charCodeAt(i * STRIDE + 4) - DIGIT_BASE;
  }
  start(i: number): number {
    return this.number(i * STRIDE);
  }
  end(i: number): number {
    return this.number(i * STRIDE + 2);
  }
  kind(i: number): HighlightKind {
    return KINDS[this.code(i) & 7] ?? 'event';
  }
  linked(i: number): boolean {
    return (this.code(i) & 8) !== 0;
  }
  annotation(i: number, text: string): PageAnnotation {
    if (!this.parsed) {
      const value: unknown = JSON.parse(this.extra);
      if (!isExtra(value)) throw new Error('page/annotate: malformed answer');
      this.parsed = value;
    }
    const [entities, quantities] = this.parsed;
    const start = this.start(i);
    const end = this.end(i);
    const ref = this.number(i * STRIDE + 5) - 1;
    const q = this.number(i * STRIDE + 7) - 1;
    const [entityId, canonical] = entities[ref] ?? [null, null];
    const annotation: PageAnnotation = { start, end, text: text.slice(start, end), kind: this.kind(i), entityId, canonical };
    const quantity = quantities[q];
    if (quantity) annotation.quantity = unpackQuantity(quantity, text);
    return annotation;
  }
}

/** The page's view of a packed answer; throws on a malformed one (checked cheaply here, the
 *  extra part when first read). */
export function unpackAnnotations(value: PackedAnnotations): AnnotationBatch {
  if (typeof value?.spans !== 'string' || typeof value.extra !== 'string' || value.spans.length % STRIDE !== 0) {
    throw new Error('page/annotate: malformed answer');
  }
  return new PackedBatch(value.spans, value.extra);
}

/** A batch over annotation objects (a local matcher, tests). */
export function listBatch(list: readonly PageAnnotation[]): AnnotationBatch {
  return {
    length: list.length,
    start: (i) => list[i]!.start,
    end: (i) => list[i]!.end,
    kind: (i) => list[i]!.kind,
    linked: (i) => list[i]!.entityId !== null,
    annotation: (i) => list[i]!,
  };
}

/** Either form as a batch. */
export function toBatch(annotations: AnnotationBatch | readonly PageAnnotation[]): AnnotationBatch {
  return 'annotation' in annotations ? annotations : listBatch(annotations);
}

/** The annotations of `batch` for which `keep` holds, in the same order. */
export function filterBatch(batch: AnnotationBatch, keep: (i: number) => boolean): AnnotationBatch {
  const picked: number[] = [];
  for (let i = 0; i < batch.length; i++) if (keep(i)) picked.push(i);
  if (picked.length === batch.length) return batch;
  return {
    length: picked.length,
    start: (i) => batch.start(picked[i]!),
    end: (i) => batch.end(picked[i]!),
    kind: (i) => batch.kind(picked[i]!),
    linked: (i) => batch.linked(picked[i]!),
    annotation: (i, text) => batch.annotation(picked[i]!, text),
  };
}
