import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

// Every sentence is written for this test.
describe('a count of dead or hurt in another event than the stored count’s', () => {
  const collapse = storedFacts('2024-10-25', 'Six workers died when the scaffolding collapsed at the plant on Monday.');
  const crash = storedFacts('2024-10-25', 'Twelve people died when the bus crashed into a ravine.');

  it('is not judged when the page says the event is another ("another accident", "a separate attack")', () => {
    expect(verdict(collapse, 'The firm also faces a suit over the two workers who died last year in another accident.', 'two workers')).toBeNull();
    expect(verdict(collapse, 'Two workers died in a separate accident at the site in March.', 'Two workers')).toBeNull();
    expect(verdict(collapse, 'In an earlier collapse at the yard, two workers were killed.', 'two workers')).toBeNull();
  });

  it('is not judged when the page gives another cause of death ("died of flu" against a crash)', () => {
    expect(verdict(crash, 'The 12 who died of flu were elderly.', '12')).toBeNull();
    expect(verdict(crash, '12 people died of influenza last winter.', '12 people')).toBeNull();
  });

  it('is not judged when the page dates the deaths after the stored article, or in another year than its sentence gives', () => {
    expect(verdict(crash, 'Twelve people died in 2026 on the same road.', 'Twelve people')).toBeNull();
    const dated = storedFacts('2024-10-25', 'Six climbers were killed in the 2021 avalanche on the north face.');
    expect(verdict(dated, 'Six climbers were killed in 2019 on the north face.', 'Six climbers')).toBeNull();
    expect(verdict(dated, 'Six climbers were killed in 2021 on the north face.', 'Six climbers')).toEqual(['agrees', 'same figure']);
  });

  it('must not change: the same event restated, its own harm, a count that adds to it', () => {
    expect(verdict(collapse, 'Two workers died in the collapse.', 'Two workers')?.[0]).toBe('differs');
    expect(verdict(collapse, 'Six workers died in the collapse.', 'Six workers')).toEqual(['agrees', 'same figure']);
    expect(verdict(crash, '12 people died of their injuries after the crash.', '12 people')).toEqual(['agrees', 'same figure']);
    expect(verdict(crash, '10 people died of their injuries.', '10 people')?.[0]).toBe('differs');
    // "another" not of the event: a blow, a count that adds.
    expect(verdict(crash, 'Twelve people died in the crash, another blow to the town.', 'Twelve people')).toEqual(['agrees', 'same figure']);
  });

  it('must not change: a cause the stored sentence gives too, or a stored count of no event (health, war)', () => {
    const outbreak = storedFacts('2025-03-01', 'Two children have died in the outbreak.');
    expect(verdict(outbreak, 'Two children died of measles in the outbreak.', 'Two children')).toEqual(['agrees', 'same figure']);
    const cholera = storedFacts('2025-03-01', 'Forty people have died of cholera since the floods struck.');
    expect(verdict(cholera, 'Forty people died of cholera after the floods.', 'Forty people')).toEqual(['agrees', 'same figure']);
    const war = storedFacts('2025-03-01', 'Thirty soldiers were killed in the attack on the base in 2025.');
    expect(verdict(war, 'Thirty soldiers were killed in 2025 at the base.', 'Thirty soldiers')).toEqual(['agrees', 'same figure']);
  });

  it('must not change: the event’s own harm after a word of where or how ("head injuries", "gunshot wounds"), hypothermia', () => {
    expect(verdict(crash, 'Twelve people died of head injuries after the crash.', 'Twelve people')).toEqual(['agrees', 'same figure']);
    expect(verdict(crash, 'Twelve people died from multiple injuries.', 'Twelve people')).toEqual(['agrees', 'same figure']);
    const shooting = storedFacts('2024-10-25', 'Five people were shot dead at the mall on Saturday.');
    expect(verdict(shooting, 'Five people died of gunshot wounds.', 'Five people')).toEqual(['agrees', 'same figure']);
    const sinking = storedFacts('2024-10-25', 'Thirty migrants died when the boat sank off the coast.');
    expect(verdict(sinking, 'Thirty migrants died of hypothermia.', 'Thirty migrants')).toEqual(['agrees', 'same figure']);
    // Still another cause: a disease named after 'of'.
    expect(verdict(crash, 'Twelve people died of heart disease.', 'Twelve people')).toBeNull();
  });

  it('must not change: a year or "another …" said of something past the figure’s own event or comma', () => {
    const dated = storedFacts('2024-10-25', 'Twelve people died in the 2024 crash near the border.');
    expect(verdict(dated, 'Twelve people died in the crash, the worst since a pile-up in 2009.', 'Twelve people')).toEqual(['agrees', 'same figure']);
    expect(verdict(crash, 'Twelve people died in a crash that came after another crash.', 'Twelve people')).toEqual(['agrees', 'same figure']);
    expect(verdict(crash, 'Twelve people died in the crash, a year after another crash on the same road.', 'Twelve people')).toEqual(['agrees', 'same figure']);
    // Right after a comma, "in another accident" is still the figure's.
    expect(verdict(collapse, 'Two workers died last March, in another accident at the yard.', 'Two workers')).toBeNull();
  });
});
