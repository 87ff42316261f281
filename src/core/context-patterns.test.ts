import { describe, expect, it } from 'vitest';
import { AREA_BEFORE, BEARING_AFTER, HOLDING_IN, ON_POINTS, SITE_AFTER, STAFF_AT, STANDING_IN, TEAM_BEFORE, TRANSFER_FROM } from './context-patterns';

// Every phrase is written for this test.
describe('the words around a mention', () => {
  it('read their phrase with any spaces on one line', () => {
    expect(TEAM_BEFORE.test('a win  over ')).toBe(true);
    expect(TRANSFER_FROM.test('joined from ')).toBe(true);
    expect(STAFF_AT.test('analysts at the ')).toBe(true);
    expect(HOLDING_IN.test('a stake in ')).toBe(true);
    expect(STANDING_IN.test('fell to fourth place in the ')).toBe(true);
    expect(SITE_AFTER.test(' car park was full')).toBe(true);
    expect(AREA_BEFORE.test('towns near ')).toBe(true);
    // "the district of Blessem", "the province of Pelzbach": an administrative unit's name.
    expect(AREA_BEFORE.test('in the district of ')).toBe(true);
    expect(AREA_BEFORE.test('the province of ')).toBe(true);
    expect(AREA_BEFORE.test('the municipality of ')).toBe(true);
    expect(AREA_BEFORE.test('the district attorney of ')).toBe(false);
    expect(BEARING_AFTER.test(', 20 km east of Warsaw')).toBe(true);
    expect(ON_POINTS.test(' on 44 points')).toBe(true);
  });

  it('do not read a phrase across a line break: a heading\'s last words over the paragraph\'s first name', () => {
    expect(TEAM_BEFORE.test('a win over\n')).toBe(false);
    expect(TRANSFER_FROM.test('joined\nfrom ')).toBe(false);
    expect(STAFF_AT.test('analysts at\n')).toBe(false);
    expect(HOLDING_IN.test('a stake in\n')).toBe(false);
    expect(STANDING_IN.test('fell to fourth place in the\n')).toBe(false);
    expect(SITE_AFTER.test('\ncar park was full')).toBe(false);
    expect(AREA_BEFORE.test('towns near\n')).toBe(false);
    expect(BEARING_AFTER.test(', 20 km east of\nWarsaw')).toBe(false);
    expect(ON_POINTS.test(' on 44\npoints')).toBe(false);
  });
});
