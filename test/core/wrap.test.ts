import { describe, expect, it } from '@jest/globals';
import { wrap } from '../../src/report/terminal/wrap.js';

describe('wrap', () => {
  it('breaks at spaces within the width and indents continuation lines', () => {
    expect(wrap('one two three four', 9, '  ')).toBe('one two\n  three\n  four');
  });

  it('keeps the indentation the text starts with', () => {
    expect(wrap('  1. first item here', 14, '     ')).toBe('  1. first\n     item here');
  });

  it('splits a word longer than a line', () => {
    expect(wrap('abcdefghij', 4)).toBe('abcd\nefgh\nij');
  });

  it('keeps paragraph breaks', () => {
    expect(wrap('a b\n\nc', 10)).toBe('a b\n\nc');
  });
});
