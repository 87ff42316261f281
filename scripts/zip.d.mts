// Types for scripts/zip.mjs, imported by its test.
export interface ZipEntry {
  /** Relative path with "/" between parts; a folder's ends with "/". */
  name: string;
  /** A file's bytes; absent for a folder. */
  data?: Uint8Array;
}
export function crc32(data: Uint8Array): number;
export function tableCrc32(data: Uint8Array): number;
export function checkEntryName(name: string): void;
export function entriesOf(dir: string): ZipEntry[];
export function zipBytes(entries: ZipEntry[]): Buffer;
export function zipDirectory(dir: string, file: string): void;
