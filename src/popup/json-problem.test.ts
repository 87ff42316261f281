import { describe, expect, it } from 'vitest';
import { jsonPlace, notJsonSentence, plainJsonProblem } from './json-problem';

const CHROMIUM = 'Unexpected token \'h\', "hello, thi"... is not valid JSON';
const FIREFOX = 'JSON.parse: unexpected character at line 1 column 1 of the JSON data';

describe('plainJsonProblem', () => {
  it('says the same plain sentence in both browsers, keeping the parser\'s text apart', () => {
    expect(plainJsonProblem(`notjson.json: not valid JSON (${CHROMIUM})`, 'a backup')).toEqual({ text: 'notjson.json is not JSON, so it could not be read as a backup.', parser: CHROMIUM });
    expect(plainJsonProblem(`notjson.json: not valid JSON (${FIREFOX})`, 'a backup')).toEqual({ text: 'notjson.json is not JSON, so it could not be read as a backup (at line 1, column 1).', parser: FIREFOX });
  });
  it('keeps the line and column where Chromium gives them too', () => {
    const chromium = 'Expected property name or \'}\' in JSON at position 1 (line 1 column 2)';
    expect(plainJsonProblem(`(file): not valid JSON (${chromium})`, 'a backup')?.text).toBe('This file is not JSON, so it could not be read as a backup (at line 1, column 2).');
  });
  it('leaves every other problem alone', () => {
    expect(plainJsonProblem('x.json: the file is empty', 'a backup')).toBeNull();
    expect(plainJsonProblem('notes[0].text: not valid JSON-LD', 'a backup')).toBeNull();
  });
});

describe('jsonPlace / notJsonSentence', () => {
  it('names a place only when the parser gives one', () => {
    expect(jsonPlace(FIREFOX)).toBe('at line 1, column 1');
    expect(jsonPlace(CHROMIUM)).toBe('');
    expect(notJsonSentence('a.json', 'articles', 'JSON.parse: unexpected end of data at line 12 column 3 of the JSON data')).toBe('a.json is not JSON, so it could not be read as articles (at line 12, column 3).');
  });
});
