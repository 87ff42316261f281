// Keyboard commands (manifest "commands", rebindable by the user) go to the content
// scripts of the active tab. Every frame gets the message; the frame that holds the focus
// acts (content/keyboard.ts decides). The message says which fallback key the command is
// bound to now (command-keys.ts), so the content script tells a command's echo of a press
// it stepped on from a press of other keys (content/echo-pairs.ts).
import { ext } from '../platform/background-api';
import { fallbackKeyOf } from './command-keys';

export const TERM_COMMANDS = ['next-term', 'previous-term'] as const;
export type TermCommand = (typeof TERM_COMMANDS)[number];

/** The message a content script receives for a command. */
export interface CommandMessage {
  backstoryCommand: TermCommand;
  /** Alt+Shift+J or K, the command's keys now; null for other keys. Absent when unknown. */
  fallbackKey?: 'J' | 'K' | null;
}

export function isTermCommand(name: string): name is TermCommand {
  return (TERM_COMMANDS as readonly string[]).includes(name);
}

/** The fallback key `name` is bound to, or undefined when the browser does not say. */
async function boundKey(name: TermCommand): Promise<'J' | 'K' | null | undefined> {
  try {
    const command = (await ext.commands.getAll()).find((c) => c.name === name);
    return command ? fallbackKeyOf(command.shortcut) : undefined;
  } catch {
    return undefined;
  }
}

export async function runCommand(name: string): Promise<void> {
  if (!isTermCommand(name)) return;
  const [[tab], fallbackKey] = await Promise.all([ext.tabs.query({ active: true, currentWindow: true }), boundKey(name)]);
  if (tab?.id === undefined) return;
  const message: CommandMessage = fallbackKey === undefined ? { backstoryCommand: name } : { backstoryCommand: name, fallbackKey };
  // A tab without our content script (a browser page) has no listener; nothing to do.
  await ext.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

export function initCommands(): void {
  ext.commands.onCommand.addListener((name: string) => {
    void runCommand(name);
  });
}
