import { afterEach, describe, expect, it, vi } from 'vitest';

const { shortcuts, sent } = vi.hoisted(() => ({ shortcuts: { value: [] as { name?: string; shortcut?: string }[] | null }, sent: [] as unknown[] }));
vi.mock('../platform/background-api', () => ({
  ext: {
    tabs: { query: () => Promise.resolve([{ id: 7 }]), sendMessage: (_id: number, message: unknown) => Promise.resolve(sent.push(message)) },
    commands: { getAll: () => (shortcuts.value ? Promise.resolve(shortcuts.value) : Promise.reject(new Error('no commands API'))) },
  },
}));
import { runCommand } from './commands';

afterEach(() => {
  sent.length = 0;
});

describe('runCommand', () => {
  it("tells the tab which fallback key the command is bound to now, and nothing where the browser does not say", async () => {
    shortcuts.value = [{ name: 'next-term', shortcut: 'Alt+Shift+J' }, { name: 'previous-term', shortcut: 'Ctrl+Shift+9' }];
    await runCommand('next-term');
    await runCommand('previous-term');
    shortcuts.value = null;
    await runCommand('next-term');
    await runCommand('_execute_action');
    expect(sent).toEqual([{ backstoryCommand: 'next-term', fallbackKey: 'J' }, { backstoryCommand: 'previous-term', fallbackKey: null }, { backstoryCommand: 'next-term' }]);
  });
});
