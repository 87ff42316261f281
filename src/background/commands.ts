// Keyboard commands (manifest "commands", rebindable by the user) go to the content
// scripts of the active tab. Every frame gets the message; the frame that holds the focus
// acts (content/keyboard.ts decides).
import { ext } from '../platform/background-api';

export const TERM_COMMANDS = ['next-term', 'previous-term'] as const;
export type TermCommand = (typeof TERM_COMMANDS)[number];

/** The message a content script receives for a command. */
export interface CommandMessage {
  backstoryCommand: TermCommand;
}

export function isTermCommand(name: string): name is TermCommand {
  return (TERM_COMMANDS as readonly string[]).includes(name);
}

export async function runCommand(name: string): Promise<void> {
  if (!isTermCommand(name)) return;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: CommandMessage = { backstoryCommand: name };
  // A tab without our content script (a browser page) has no listener; nothing to do.
  await ext.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

export function initCommands(): void {
  ext.commands.onCommand.addListener((name: string) => {
    void runCommand(name);
  });
}
