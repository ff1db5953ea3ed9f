import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { readNumber, type NumberRule } from '../../src/core/interview/read-number.js';

const english = loadMessages('en');

const parity: NumberRule = { min: 0, max: 5 };
const percent: NumberRule = { min: 0, max: 100, percent: true };
const count: NumberRule = { min: 0, max: 1_000_000 };

describe('readNumber', () => {
  it.each<[string, NumberRule, number]>([
    ['0.82', parity, 0.82],
    ['0,82', parity, 0.82],
    [' 12 ', count, 12],
    ['38%', percent, 38],
    ['38 %', percent, 38],
    ['38,5%', percent, 38.5],
    ['.5', parity, 0.5],
    ['5.', parity, 5],
    ['0,820', parity, 0.82],
    ['12,5', count, 12.5],
    ['1 000', count, 1000],
    ['1\u00a0000', count, 1000],
    ['1,000,000', count, 1_000_000],
    ['1.000.000', count, 1_000_000],
    ['1,234.5', count, 1234.5],
    ['1.234,5', count, 1234.5],
    ['1 234,5', count, 1234.5],
    ['−0.5', { max: 5 }, -0.5],
  ])('reads %p', (text, rule, value) => {
    expect(readNumber(text, rule, english)).toEqual({ ok: true, value });
  });

  it.each<[string, NumberRule, string]>([
    ['', parity, 'Type a number, such as 0.82.'],
    ['   ', count, 'Type a number, such as 12.'],
    ['about 0.8', parity, '“about 0.8” is not a number: type a number such as 0.82.'],
    ['82%', parity, 'This is not a percentage: type the number alone, such as 0.82.'],
    ['1,500', count, '“1,500” could mean 1500 or 1.500: type it without the comma, or with a point for decimals.'],
    ['12 5', count, '“12 5” has a space inside: type one number, such as 12.'],
    ['1.2.3', count, '“1.2.3” is not a number: type a number such as 12.'],
    ['1,23,4', count, '“1,23,4” is not a number: type a number such as 12.'],
    ['7', parity, '7 is more than 5: type a number from 0 to 5.'],
    ['-1', percent, '-1 is less than 0: type a number from 0 to 100.'],
    ['-1', { min: 0 }, '-1 is less than 0: type a number of at least 0.'],
    ['1e3', count, '“1e3” is not a number: type a number such as 12.'],
  ])('says what is wrong with %p', (text, rule, problem) => {
    expect(readNumber(text, rule, english)).toEqual({ ok: false, problem });
  });
});
