// Export and import of a backup as the Settings view asks for them, over messages no
// larger than one part (src/messaging/backup-parts.ts): a small file goes in one message
// as it always did; a larger one in parts, joined again on the other side.
import type { ExportFile, ExportFormat, ImportOutcome } from '../core/records';
import { BACKUP_PART_CHARS, splitText } from '../messaging/backup-parts';
import type { SendFn } from './deps';

/** The export file of `format`, whole, however many messages it took. */
export async function exportBackup(send: SendFn, format: ExportFormat): Promise<ExportFile> {
  const { paged, ...file } = await send('backup/export', { format });
  if (!paged) return file;
  const parts = [file.text];
  for (let index = 1; index < paged.parts; index++) parts.push((await send('backup/export-part', { id: paged.id, index })).text);
  const text = parts.join('');
  if (text.length !== paged.length) throw new Error('The export came back incomplete; please try again.');
  return { ...file, text };
}

/** Import `text` (checked whole and written in one transaction by the background). */
export async function importBackup(send: SendFn, text: string, skipInvalid: boolean, partSize = BACKUP_PART_CHARS): Promise<ImportOutcome> {
  const flags = skipInvalid ? { skipInvalid } : {};
  if (text.length <= partSize) return send('backup/import', { text, ...flags });
  const parts = splitText(text, partSize);
  const id = crypto.randomUUID();
  for (const [index, part] of parts.entries()) await send('backup/import-part', { id, index, count: parts.length, text: part });
  return send('backup/import', { staged: id, ...flags });
}
