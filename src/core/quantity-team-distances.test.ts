import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const spans = (s: string) => findQuantities(s).map((q) => q.text);

describe('a length after a capitalised plural', () => {
  it('is the distance a side was moved: "moved the Falcons 43 yards", "pushed the Broncos 60 metres"', () => {
    expect(spans('Cousins moved the Falcons 43 yards in six plays.')).toEqual(['43 yards', 'six plays']);
    expect(spans('A late penalty pushed the Broncos 60 metres downfield.')).toEqual(['60 metres']);
  });
  it('leaves a name\'s number a name: "Boeing 737 jets", "Windows 11 machines", "Falcon 9 miles"', () => {
    expect(spans('It flew Boeing 737 jets.')).toEqual([]);
    expect(spans('Firms moved to Windows 11 machines.')).toEqual([]);
    expect(spans('The Falcon 9 miles offshore was a barge.')).toEqual([]);
  });
});
