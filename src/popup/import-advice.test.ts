import { describe, expect, it } from 'vitest';
import { adviceForRefusal, WRONG_FILE_ADVICE } from './import-advice';

describe('adviceForRefusal', () => {
  it('says what to choose instead when the file as a whole is no backup', () => {
    for (const e of ['(file): not valid JSON (Unexpected token \'h\', "hello" is not valid JSON)', '(file): the file is empty', '(file): not a Backstory backup or a W3C annotation collection, but a single number', '(file): not a Backstory backup or a W3C annotation collection, but other data (its fields: hello), perhaps another app’s export']) {
      expect(adviceForRefusal([e])).toBe(WRONG_FILE_ADVICE);
    }
  });

  it('gives none for a backup refused for its records, its version or its size', () => {
    expect(adviceForRefusal(['notes[3].created: expected an ISO date-time'])).toBeNull();
    expect(adviceForRefusal(['(file): not valid JSON (x)', 'notes[0].id: missing (required)'])).toBeNull();
    expect(adviceForRefusal(['This backup was made by a newer version of Backstory (backup version 99; this one reads version 1). Update Backstory, then import the file again.'])).toBeNull();
    expect(adviceForRefusal(['(file): larger than 50,000,000 characters'])).toBeNull();
    expect(adviceForRefusal([])).toBeNull();
  });
});
