// Rows of a long server-side list fetched a page at a time, as the list scrolls to them:
// the library may hold 10k articles, the popup asks only for what is in view.
export interface Page<T> {
  total: number;
  entries: T[];
}

export class PagedRows<T> {
  total: number | null = null;
  private readonly pages = new Map<number, T[]>();
  private readonly pending = new Set<number>();
  private dead = false;

  constructor(
    private readonly fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
    private readonly onChange: () => void,
    private readonly onError: (err: unknown) => void,
    readonly pageSize = 50,
  ) {}

  /** The row, or undefined while its page is on its way. */
  get(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Fetch the pages covering rows start..end (inclusive) that are not here or coming. */
  ensure(start: number, end: number): void {
    const last = this.total === null ? Math.floor(start / this.pageSize) : Math.min(Math.floor(end / this.pageSize), Math.floor(Math.max(this.total - 1, 0) / this.pageSize));
    for (let p = Math.floor(start / this.pageSize); p <= last; p++) {
      if (this.pages.has(p) || this.pending.has(p)) continue;
      this.pending.add(p);
      this.fetchPage(p * this.pageSize, this.pageSize)
        .then((page) => {
          if (this.dead) return;
          this.total = page.total;
          this.pages.set(p, page.entries);
          this.onChange();
        })
        .catch((err: unknown) => {
          if (!this.dead) this.onError(err);
        })
        .finally(() => this.pending.delete(p));
    }
  }

  /** Stop telling anyone: a newer list replaced this one. */
  dispose(): void {
    this.dead = true;
  }
}
