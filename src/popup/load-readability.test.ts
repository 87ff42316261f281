// @vitest-environment happy-dom
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadReadabilityScript, READABILITY_GLOBAL, type ReadabilityHost } from './load-readability';

const host = window as unknown as ReadabilityHost;

/** Captures the scripts the loader adds instead of letting happy-dom fetch them. */
function captureScripts(): HTMLScriptElement[] {
  const added: HTMLScriptElement[] = [];
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const n of nodes) if (n instanceof HTMLScriptElement) added.push(n);
  });
  return added;
}

afterEach(() => {
  vi.restoreAllMocks();
  delete host[READABILITY_GLOBAL];
});

describe('loadReadabilityScript', () => {
  it('adds readability.js once and answers with the class it defines', async () => {
    const added = captureScripts();
    const first = loadReadabilityScript();
    const second = loadReadabilityScript();
    expect(added.map((s) => s.getAttribute('src'))).toEqual(['readability.js']);
    host[READABILITY_GLOBAL] = Readability;
    added[0]?.onload?.(new Event('load'));
    await expect(first).resolves.toBe(Readability);
    await expect(second).resolves.toBe(Readability);
    await expect(loadReadabilityScript()).resolves.toBe(Readability);
    expect(added).toHaveLength(1);
  });

  it('fails clearly when the script does not load, and tries again next time', async () => {
    const added = captureScripts();
    const failing = loadReadabilityScript();
    added[0]?.onerror?.(new Event('error'));
    await expect(failing).rejects.toThrow('Could not load readability.js');
    const again = loadReadabilityScript();
    expect(added).toHaveLength(2);
    added[1]?.onload?.(new Event('load'));
    await expect(again).rejects.toThrow('did not define Readability');
  });
});
