import { describe, expect, it } from '@jest/globals';
import { glossaryFor } from '../../src/core/interview/glossary-for.js';
import { indicator } from '../builders.js';

const glossary = [
  { term: 'Quick exit', definition: 'A button that leaves the site at once.', sources: [] },
  { term: "Women's machinery", definition: 'The part of government for gender equality.', sources: [] },
];

describe('the glossary beside a question', () => {
  it('puts first the terms the question uses, then the others', () => {
    const ind = indicator('partnership', { question: "Does the women's machinery take part?" });
    expect(glossaryFor(ind, glossary)).toBe("Women's machinery: The part of government for gender equality.\nQuick exit: A button that leaves the site at once.");
  });

  it('is absent when the pack defines no terms', () => {
    expect(glossaryFor(indicator('x'), [])).toBeUndefined();
  });
});
