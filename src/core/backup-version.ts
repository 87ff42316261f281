// A backup written by a newer Backstory than this one: its form may have changed in ways
// this build cannot check, so its records are not looked at. The reader is told that
// alone, and what to do, not a list of "problems" that are only the newer form.

/** The backup version this build writes and reads. */
export const BACKUP_VERSION = 1;

/** What to say of a backup whose `version` is newer than this build reads; null for any
 *  other value (this version, an older or a malformed one: the schema says what is wrong). */
export function newerBackupText(version: unknown): string | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= BACKUP_VERSION) return null;
  return `This backup was made by a newer version of Backstory (backup version ${version}; this one reads version ${BACKUP_VERSION}). Update Backstory, then import the file again.`;
}
