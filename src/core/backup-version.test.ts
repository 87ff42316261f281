import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, newerBackupText } from './backup-version';
import { backupToJson } from './backup-format';
import { DEFAULT_SETTINGS } from './records';

describe('newerBackupText', () => {
  it('names a newer version and says to update Backstory', () => {
    expect(newerBackupText(BACKUP_VERSION + 1)).toBe('This backup was made by a newer version of Backstory (backup version 2; this one reads version 1). Update Backstory, then import the file again.');
    expect(newerBackupText(99)).toMatch(/backup version 99; this one reads version 1\)/);
  });

  it('says nothing of this version, an older one or a malformed one', () => {
    for (const v of [BACKUP_VERSION, 0, -3, 1.5, '2', null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(newerBackupText(v), String(v)).toBeNull();
  });

  it('is the version this build writes', () => {
    expect((JSON.parse(backupToJson({ articles: [], notes: [], settings: DEFAULT_SETTINGS }, '2025-02-04T00:00:00.000Z')) as { version: number }).version).toBe(BACKUP_VERSION);
  });
});
