// page/annotate's answer on the wire, and the page's lazy view of it.
//
// Chromium hands an extension message to the page as a value tree built node by node in
// the page's heap: ~7,000 annotation objects (a 50k-word page) blocked the page's thread for
// 10–25 ms per answer. Even one JSON string to JSON.parse cost up to ~15 ms cold. So the
// spans travel as a string of fixed-width numbers read with charCodeAt on use, and the
// rest (entity names, quantities) as JSON parsed only when a term is first looked at
// (hover, keyboard, the popup's reveal). Registering ranges needs only the spans.
//
// The digits are printable ASCII: the page decodes each answer from UTF-8 (Chromium sends
// messages as JSON text), and ASCII is one byte there and a one-byte string in V8, where
// the CJK-range digits used before were three bytes each and made a two-byte string.
import type { HighlightKind, PageAnnotation, Quantity, QuantityForm } from '../core/types';

const KINDS: readonly HighlightKind[] = ['person', 'org', 'place', 'event', 'number', 'date'];
/** Digits of 6 bits, '?' (0x3F) to DEL (0x7F) less the backslash: ASCII that JSON never
 *  escapes, so the string crosses any message channel unchanged, one byte a digit. */
const DIGIT_BASE = 0x3f;
const BACKSLASH = 0x5c;
const DIGIT_BITS = 6;
/** Digits of an offset (start, end: up to 2^30 - 1) and of a reference (up to 2^18 - 1). */
const OFFSET_DIGITS = 5;
const REF_DIGITS = 3;
/** Characters per annotation: start, end, kind + linked bit (1 digit), entity ref + 1,
 *  quantity ref + 1. */
const STRIDE = 2 * OFFSET_DIGITS + 1 + 2 * REF_DIGITS;
const KIND_AT = 2 * OFFSET_DIGITS;
const ENTITY_AT = KIND_AT + 1;
const QUANTITY_AT = ENTITY_AT + REF_DIGITS;

export interface PackedAnnotations {
  /** Fixed-width spans, STRIDE characters per annotation (see above). */
  spans: string;
  /** JSON of [entities as [entityId, canonical] pairs, quantities]; the spans' refs index them. */
  extra: string;
}

/** A quantity without its surface text (the page has it) and without key names: these
 *  were most of an answer's bytes. Its offsets count from its annotation's (almost always
 *  the same span: "0,0" instead of two offsets of up to ten digits each). */
type PackedQuantity = [fromStart: number, fromEnd: number, kind: 0 | 1, form: QuantityForm, value: number | null, unit: string | null, qualifier: string | null, high?: number | null, iso?: string];
type Extra = [entities: [string | null, string | null][], quantities: PackedQuantity[]];

function packQuantity(q: Quantity, a: PageAnnotation): PackedQuantity {
  const packed: PackedQuantity = [q.start - a.start, q.end - a.end, q.kind === 'date' ? 1 : 0, q.form, q.value, q.unit, q.qualifier];
  if (q.high !== undefined || q.iso !== undefined) packed.push(q.high ?? null);
  if (q.iso !== undefined) packed.push(q.iso);
  return packed;
}

function unpackQuantity(p: PackedQuantity, text: string, annotationStart: number, annotationEnd: number): Quantity {
  const [fromStart, fromEnd, kind, form, value, unit, qualifier, high, iso] = p;
  const start = annotationStart + fromStart;
  const end = annotationEnd + fromEnd;
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

function digit(d: number): number {
  const c = DIGIT_BASE + d;
  return c >= BACKSLASH ? c + 1 : c;
}

function pushNumber(out: string[], n: number, digits: number): void {
  if (!Number.isInteger(n) || n < 0 || n >= 2 ** (digits * DIGIT_BITS)) throw new RangeError(`packAnnotations: ${n} out of range`);
  const codes: number[] = [];
  for (let k = digits - 1; k >= 0; k--) codes.push(digit((n >> (k * DIGIT_BITS)) & 63));
  out.push(String.fromCharCode(...codes));
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
    const q = a.quantity ? quantities.push(packQuantity(a.quantity, a)) - 1 : -1;
    pushNumber(spans, a.start, OFFSET_DIGITS);
    pushNumber(spans, a.end, OFFSET_DIGITS);
    pushNumber(spans, Math.max(0, KINDS.indexOf(a.kind)) + (a.entityId !== null ? 8 : 0), 1);
    pushNumber(spans, ref + 1, REF_DIGITS);
    pushNumber(spans, q + 1, REF_DIGITS);
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
  private number(at: number, digits: number): number {
    let n = 0;
    for (let k = at; k < at + digits; k++) {
      const c = this.spans.charCodeAt(k);
      n = (n << DIGIT_BITS) | (c - (c > BACKSLASH ? DIGIT_BASE + 1 : DIGIT_BASE));
    }
    return n;
  }
  private code(i: number): number {
    return this.number(i * STRIDE + KIND_AT, 1);
  }
  start(i: number): number {
    return this.number(i * STRIDE, OFFSET_DIGITS);
  }
  end(i: number): number {
    return this.number(i * STRIDE + OFFSET_DIGITS, OFFSET_DIGITS);
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
    const ref = this.number(i * STRIDE + ENTITY_AT, REF_DIGITS) - 1;
    const q = this.number(i * STRIDE + QUANTITY_AT, REF_DIGITS) - 1;
    const [entityId, canonical] = entities[ref] ?? [null, null];
    const annotation: PageAnnotation = { start, end, text: text.slice(start, end), kind: this.kind(i), entityId, canonical };
    const quantity = quantities[q];
    if (quantity) annotation.quantity = unpackQuantity(quantity, text, start, end);
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
