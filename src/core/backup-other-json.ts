// A JSON file picked as a backup that is neither a Backstory backup nor a W3C annotation
// collection (another app's export, a list, a lone value), said by what it holds. "expected
// a JSON object" named nothing a reader knows, and "not a Backstory backup ("format":
// "backstory-backup")" quoted a field they never see; naming the file's own top fields
// lets them recognise the other app's file they picked.
import { groupedCount } from './grouped-number';

/** How many of an object's field names are named before "and N more". */
const FIELDS_SHOWN = 4;
/** A field name longer than this is cut: the line is read, not the name checked. */
const FIELD_CHARS = 30;

/** What the file holds, as the end of "not a Backstory backup, but …". */
function whatItHolds(json: unknown): string {
  if (Array.isArray(json) && json.length === 0) return 'an empty list';
  if (Array.isArray(json)) return `a list of ${groupedCount(json.length)} ${json.length === 1 ? 'item' : 'items'}`;
  if (json === null) return 'null, an empty value';
  if (typeof json === 'string') return 'a single piece of text';
  if (typeof json === 'number') return 'a single number';
  if (typeof json === 'boolean') return 'a single true or false value';
  const keys = Object.keys(json as object);
  if (keys.length === 0) return 'an empty record';
  const shown = keys.slice(0, FIELDS_SHOWN).map((k) => (k.length > FIELD_CHARS ? `${k.slice(0, FIELD_CHARS - 1)}…` : k));
  const more = keys.length > FIELDS_SHOWN ? ` and ${groupedCount(keys.length - FIELDS_SHOWN)} more` : '';
  return `other data (its fields: ${shown.join(', ')}${more})`;
}

/** The problem of a whole file (the "(file):" form the popup names the file in) whose JSON
 *  is of a shape Backstory does not import. */
export function otherJsonProblem(json: unknown): string {
  const held = whatItHolds(json);
  // A list or a record of other fields is most often another app's export.
  const export_ = held.startsWith('a list') || held.startsWith('other data') ? ', perhaps another app’s export' : '';
  return `(file): not a Backstory backup or a W3C annotation collection, but ${held}${export_}`;
}
