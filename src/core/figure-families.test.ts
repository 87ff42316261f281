import { describe, expect, it } from 'vitest';
import { countFamily } from './figure-families';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('countFamily', () => {
  it('reads a repetition of flying as flights: "must fly 10 times a year"', () => {
    expect(countFamily('times', ['times', 'flown']).family).toBe('flight');
  });
  it('leaves other repetitions alone: "three times the cost"', () => {
    expect(countFamily('times', ['times', 'cost']).family).toBe('time');
  });
});

describe('times flown against a stored count of launches', () => {
  const STORED = storedFacts('2025-03-07', 'Arianespace plans five Ariane 6 launches this year and 10 a year from 2027.');
  it('agrees with the same number a year', () => {
    expect(verdict(STORED, 'Ariane 6 must fly 10 times a year from 2027 to pay its way.', '10 times')?.[0]).toBe('agrees');
  });
});

describe('a part of a counted whole against the same count', () => {
  const STORED = storedFacts('2025-02-24', 'The CDU/CSU will hold 208 of the 630 seats in the new Bundestag.');
  it('agrees with "208 seats": the part counts what the whole does', () => {
    expect(verdict(STORED, 'The alliance won 208 seats in the February election.', '208 seats')?.[0]).toBe('agrees');
  });
});

describe('members of a parliament', () => {
  it('count its seats', () => {
    expect(countFamily('lawmakers').family).toBe('seat');
    expect(countFamily('MPs').family).toBe('seat');
    expect(countFamily('members').family).toBe('member');
  });
  it('agree with the same number of seats', () => {
    const STORED = storedFacts('2025-04-09', 'Together the CDU/CSU and the SPD hold 328 of the 630 seats.');
    expect(verdict(STORED, 'The CDU/CSU and the SPD have 328 lawmakers between them.', '328 lawmakers')?.[0]).toBe('agrees');
    expect(verdict(STORED, 'The party has 328 members in Berlin.', '328 members')).toBeNull();
  });
});

describe('a bare count kept', () => {
  const STORED = storedFacts('2025-02-24', 'The CDU/CSU will hold 208 of the 630 seats in the new Bundestag.');
  it('is held, so it agrees with the same count held', () => {
    expect(verdict(STORED, 'The final figures changed no party’s seats: the CDU/CSU keeps 208.', '208')?.[0]).toBe('agrees');
    expect(verdict(STORED, 'The final figures changed no party’s seats: the CDU/CSU now 208.', '208')).toBeNull();
  });
});

describe('a length', () => {
  it('is one unit by its symbol or its name, in either spelling', () => {
    expect(countFamily('kilometres').family).toBe('km');
    expect(countFamily('kilometers').family).toBe('km');
    expect(countFamily('km').family).toBe('km');
    expect(countFamily('metres').family).toBe(countFamily('m').family);
    expect(countFamily('miles').family).toBe('mile');
  });
  it('lets a depth in kilometres agree with one in km', () => {
    const stored = storedFacts('2025-03-29', 'The quake hit at 12:50 p.m. local time at a depth of 10 km, the USGS said.');
    expect(verdict(stored, 'The quake, centred near Sagaing at a depth of 10 kilometres, brought down the palace walls.', '10 kilometres')).toEqual(['agrees', 'same figure']);
  });
});

describe('computers by their several names', () => {
  it('are one count: "8.5 million devices were affected" is the stored "crashed 8.5 million computers"', () => {
    expect(countFamily('devices').family).toBe(countFamily('computers').family);
    expect(countFamily('machines').family).toBe('computer');
    const stored = storedFacts('2024-07-20', 'A faulty update crashed 8.5 million computers on Friday.');
    expect(verdict(stored, 'Microsoft estimated that 8.5 million devices were affected.', '8.5 million devices')?.[0]).toBe('agrees');
  });
  it('leave phones and other goods apart', () => {
    expect(countFamily('phones').family).not.toBe('computer');
    const stored = storedFacts('2024-07-20', 'A faulty update crashed 8.5 million computers on Friday.');
    expect(verdict(stored, 'The carrier said 8.5 million phones were affected.', '8.5 million phones')).toBeNull();
    const cars = storedFacts('2024-07-20', 'The plant made 8.5 million cars last year.');
    expect(verdict(cars, 'Microsoft estimated that 8.5 million devices were affected.', '8.5 million devices')).toBeNull();
  });
});

describe('machines and devices of another kind', () => {
  const stored = storedFacts('2024-07-20', 'A faulty update crashed 8.5 million computers on Friday.');
  it('"slot machines", "medical devices", "explosive devices" are no computers', () => {
    expect(verdict(stored, 'Regulators said 8.5 million slot machines were in use.', '8.5 million')).toBeNull();
    expect(verdict(stored, 'The firm recalled 8.5 million medical devices.', '8.5 million')).toBeNull();
    expect(verdict(stored, 'The army cleared 8.5 million explosive devices.', '8.5 million')).toBeNull();
    const voting = storedFacts('2024-07-20', 'The county bought 1,200 voting machines.');
    expect(verdict(voting, 'Hackers reached 1,200 computers in the county.', '1,200 computers')).toBeNull();
  });
  it('bare machines and devices stay computers', () => {
    expect(verdict(stored, 'The crash hit 8.5 million machines around the world.', '8.5 million machines')?.[0]).toBe('agrees');
    expect(verdict(stored, 'Microsoft estimated that 8.5 million devices were affected.', '8.5 million devices')?.[0]).toBe('agrees');
    expect(verdict(stored, 'The crash hit 8.5 million laptops.', '8.5 million laptops')?.[0]).toBe('agrees');
  });
});

describe('ships and vessels, and a queue of them', () => {
  const stored = storedFacts('2024-05-02', 'The strait reopened on Thursday, leaving a queue of 180 ships waiting to pass.');
  it('are one count by two names, waiting in line however said', () => {
    expect(countFamily('vessels').family).toBe(countFamily('ships').family);
    expect(verdict(stored, 'The port authority said traffic resumed as 180 vessels waited.', '180 vessels')?.[0]).toBe('agrees');
    expect(verdict(stored, 'The port authority said traffic resumed as 210 vessels waited.', '210 vessels')?.[0]).toBe('differs');
  });
  it('leave boats and ships that did something else alone', () => {
    expect(countFamily('boats').family).not.toBe(countFamily('ships').family);
    // Another count of ships is told apart only by what happened to them: none said here.
    expect(verdict(stored, 'The yard launched 210 vessels last year.', '210 vessels')).toBeNull();
  });
});

describe('a temperature by Fahrenheit’s symbol', () => {
  // Every sentence is written for this test.
  const stored = storedFacts('2023-02-07', 'A trackside detector recorded the bearing at 253 degrees Fahrenheit above the outside temperature.');
  it('is one in degrees: "253°F" agrees with the stored "253 degrees Fahrenheit"', () => {
    expect(countFamily('°f').family).toBe(countFamily('degrees').family);
    expect(verdict(stored, 'The detector in the village recorded the bearing at 253°F above ambient.', '253°F')?.[0]).toBe('agrees');
  });
  // Must not change: Celsius's symbol never meets bare degrees.
  it('leaves Celsius’s symbol a unit of its own', () => {
    expect(countFamily('°c').family).not.toBe(countFamily('degrees').family);
    expect(verdict(stored, 'The detector in the village recorded the bearing at 123°C above ambient.', '123°C')).toBeNull();
  });
});
