// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../core/types';
import { QuantityView } from './quantity-view';

function valueShown(quantity: Quantity): string {
  const root = document.createElement('div');
  render(<QuantityView card={{ quantity, comparisons: [] }} />, root);
  const dt = [...root.querySelectorAll('dt')].find((d) => d.textContent === 'Value');
  return dt?.nextElementSibling?.textContent ?? '';
}

const date = (text: string, iso: string): Quantity => ({ text, kind: 'date', form: 'date', value: null, unit: null, qualifier: null, iso, start: 0, end: text.length });

describe('QuantityView', () => {
  it('shows a day without a year in words, and a full date as read', () => {
    expect(valueShown(date('January 19', '--01-19'))).toBe('January 19 (no year given)');
    expect(valueShown(date('February 5, 2025', '2025-02-05'))).toBe('2025-02-05');
  });

  it('shows a value with two decimals at most, grouped', () => {
    const share = (text: string, value: number, high?: number): Quantity => ({ text, kind: 'number', form: 'percent', value, ...(high === undefined ? {} : { high }), unit: '%', qualifier: null, start: 0, end: text.length });
    expect(valueShown(share('two-thirds', 200 / 3))).toBe('66.67');
    expect(valueShown(share('4.00%-4.25%', 4, 4.25))).toBe('4–4.25');
    expect(valueShown({ ...share('47,498', 47498), form: 'count', unit: null })).toBe('47,498');
  });

  it('says a date with no stored counterpart has none as a date, not as a figure', () => {
    const said = (quantity: Quantity): string => {
      const root = document.createElement('div');
      render(<QuantityView card={{ quantity, comparisons: [] }} />, root);
      return root.querySelector('[data-no-comparison]')?.textContent ?? '';
    };
    expect(said(date('March 3', '--03-03'))).toBe('No stored article gives a date for the same thing.');
    const count: Quantity = { text: '12 ferries', kind: 'number', form: 'count', value: 12, unit: 'ferries', qualifier: null, start: 0, end: 10 };
    expect(said(count)).toBe('No stored article gives a figure for the same thing.');
  });
});
