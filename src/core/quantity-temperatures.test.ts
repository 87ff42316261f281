import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const read = (s: string) => findQuantities(s).map((q) => [q.text, q.value]);

describe('temperatures below zero and their scale', () => {
  it('take the sign and the scale into the figure', () => {
    expect(read('Temperatures fell to minus 2 degrees Fahrenheit in Dallas.')).toEqual([['minus 2 degrees Fahrenheit', -2]]);
    expect(read('Moscow saw minus 10 degrees Celsius overnight.')).toEqual([['minus 10 degrees Celsius', -10]]);
    expect(read('It was −18C in Oslo.')).toEqual([['−18C', -18]]);
    expect(read('Highs hit 40 degrees Celsius in Seville.')).toEqual([['40 degrees Celsius', 40]]);
  });
  it('leave other figures of degrees and other hyphens alone', () => {
    expect(read('The plane turned 180 degrees.')).toEqual([['180 degrees', 180]]);
    expect(read('Highs of 20C to 25C were forecast.')).toEqual([['20C', 20], ['25C', 25]]);
    expect(read('Scores were minus 5 points.')).toEqual([['5 points', 5]]);
    expect(read('A rise of 1.5-2C is likely.').map(([t]) => t)).not.toContain('-2C');
  });
  it('tell a reading below zero from the same digits above it', () => {
    const stored = storedFacts('2021-02-16', 'The temperature at the Dallas airport fell to minus 2 degrees Fahrenheit on Tuesday, the weather service said.');
    expect(verdict(stored, 'Temperatures in Dallas fell to minus 2 degrees Fahrenheit on Tuesday.', 'minus 2 degrees Fahrenheit')?.[0]).toBe('agrees');
    expect(verdict(stored, 'Temperatures in Dallas fell to 2 degrees on Tuesday.', '2 degrees')?.[0]).not.toBe('agrees');
  });
  it('read a named scale as its symbol, so Celsius never meets Fahrenheit at the same digits', () => {
    expect(findQuantities('Highs hit 40 degrees Celsius in Seville.').map((q) => q.unit)).toEqual(['°c']);
    expect(findQuantities('The low was minus 2 degrees Fahrenheit.').map((q) => q.unit)).toEqual(['°f']);
  });
  it('read Centigrade as Celsius, its older name, and leave a kelvin no degree of either', () => {
    expect(read('The pond froze at minus 3 degrees Centigrade.')).toEqual([['minus 3 degrees Centigrade', -3]]);
    expect(findQuantities('The pond froze at minus 3 degrees Centigrade.').map((q) => q.unit)).toEqual(['°c']);
    expect(findQuantities('The magnet ran at 4 degrees Kelvin.').map((q) => [q.text, q.unit])).toEqual([['4 degrees', 'degrees']]);
    const madrid = storedFacts('2022-07-14', 'Temperatures in Madrid reached 40 degrees Celsius on Sunday, the weather agency said.');
    expect(verdict(madrid, 'Temperatures in Madrid reached 40°F on Sunday.', '40°F')).toBeNull();
    expect(verdict(madrid, 'Temperatures in Madrid reached 40 degrees Fahrenheit on Sunday.', '40 degrees Fahrenheit')).toBeNull();
    const kiln = storedFacts('2022-07-14', 'The kiln at the brickworks runs at 253 degrees Celsius, the company said.');
    expect(verdict(kiln, 'The kiln at the brickworks runs at 253°F, the company said.', '253°F')).toBeNull();
  });
  it('still meets the same scale, by name or by symbol', () => {
    const seville = storedFacts('2022-07-14', 'Temperatures in Seville reached 44 degrees Celsius on Sunday, the weather agency said.');
    expect(verdict(seville, 'Temperatures in Seville reached 44C on Sunday.', '44C')?.[0]).toBe('agrees');
    expect(verdict(seville, 'Temperatures in Seville reached 44 degrees Centigrade on Sunday.', '44 degrees Centigrade')?.[0]).toBe('agrees');
    expect(verdict(seville, 'The thermometer in Seville showed 44 degrees centigrade at noon.', '44 degrees centigrade')?.[0]).toBe('agrees');
    expect(findQuantities('The lake warmed to 12 degrees fahrenheit above normal.').map((q) => [q.text, q.unit])).toEqual([['12 degrees fahrenheit', '°f']]);
    const phoenix = storedFacts('2022-07-14', 'Temperatures in Phoenix reached 110 degrees Fahrenheit on Sunday, the weather service said.');
    expect(verdict(phoenix, 'Temperatures in Phoenix reached 110°F on Sunday.', '110°F')?.[0]).toBe('agrees');
    expect(verdict(phoenix, 'Temperatures in Phoenix reached 110 degrees on Sunday.', '110 degrees')?.[0]).toBe('agrees');
  });
});
