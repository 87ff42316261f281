// storage.session with its 10 MB quota (QUOTA_BYTES in Chrome and Firefox), counted as
// Chrome does near enough: each key's length plus its value's JSON. A set that would pass the
// quota is refused whole, with Chrome's message.
export const QUOTA = 10 * 1024 * 1024;

export class FakeSession {
  readonly items: Record<string, unknown> = {};
  private sizes = new Map<string, number>();
  used = 0;

  readonly area = {
    get: async (key: string | null): Promise<Record<string, unknown>> => {
      if (key === null) return { ...this.items };
      return key in this.items ? { [key]: this.items[key] } : {};
    },
    set: async (values: Record<string, unknown>): Promise<void> => {
      let after = this.used;
      const sizes = Object.entries(values).map(([k, v]) => [k, k.length + JSON.stringify(v).length] as const);
      for (const [k, size] of sizes) after += size - (this.sizes.get(k) ?? 0);
      if (after > QUOTA) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      for (const [k, size] of sizes) this.sizes.set(k, size);
      Object.assign(this.items, values);
      this.used = after;
    },
    remove: async (keys: string | string[]): Promise<void> => {
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        this.used -= this.sizes.get(k) ?? 0;
        this.sizes.delete(k);
        delete this.items[k];
      }
    },
  };

  clear(): void {
    for (const k of Object.keys(this.items)) delete this.items[k];
    this.sizes.clear();
    this.used = 0;
  }
}

export const fakeSession = new FakeSession();
