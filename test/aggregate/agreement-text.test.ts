import { describe, expect, it } from '@jest/globals';
import type { AlphaFigure, MinistryAgreement } from '../../src/core/aggregate/agreement.js';
import { bundledTemplate, loadTemplate } from '../../src/cli/load-template.js';
import { agreementReading, formatAlpha, formatKappa } from '../../src/report/aggregate/agreement-text.js';

const w = (await loadTemplate(bundledTemplate)).wording.aggregate.agreement;

const figure = (alpha: number | null, verdict: AlphaFigure['verdict']): AlphaFigure => ({ alpha, verdict, indicators: 8, values: 24 });

function ministry(all: AlphaFigure, dimensions: [string, AlphaFigure][]): MinistryAgreement {
  return { ministry: 'M', country: 'C', groups: [], all, dimensions: dimensions.map(([id, f]) => ({ id, ...f })), pairs: [] };
}

const titles: Record<string, string> = { inst: 'Institutions and data', serv: 'Service delivery', part: 'Participation and uptake', conn: 'Connectivity' };
const titleOf = (id: string): string => titles[id] ?? id;

describe('the reading of the agreement figures in words', () => {
  it('names the dimensions by how well the groups agree, best first', () => {
    const m = ministry(figure(0.7126, 'tentative'), [
      ['inst', figure(0.41, 'unreliable')],
      ['serv', figure(0.7, 'tentative')],
      ['part', figure(null, 'too-few')],
      ['conn', figure(0.9, 'reliable')],
    ]);
    expect(agreementReading(m, titleOf, w)).toBe(
      'Across all indicators the groups agree moderately (alpha 0.713): enough for tentative conclusions only. ' +
        'They agree well on Connectivity. They agree moderately on Service delivery: tentative conclusions only. ' +
        'They agree poorly on Institutions and data. Too few answers to measure agreement on Participation and uptake.',
    );
  });

  it('lists several dimensions of the same reading together', () => {
    const m = ministry(figure(0.85, 'reliable'), [
      ['inst', figure(0.82, 'reliable')],
      ['serv', figure(0.95, 'reliable')],
      ['conn', figure(0.81, 'reliable')],
      ['part', figure(null, 'no-variation')],
    ]);
    expect(agreementReading(m, titleOf, w)).toBe(
      'Across all indicators the groups agree well (alpha 0.850). They agree well on Institutions and data, Service delivery and Connectivity. ' +
        'Every group gave the same levels on Participation and uptake, so agreement there cannot be measured.',
    );
  });

  it.each([
    ['too few answers', figure(null, 'too-few'), 'Too few indicators were rated by two or more groups to measure agreement.'],
    ['no variation', figure(null, 'no-variation'), 'Every group gave every indicator the same level: with no variation, agreement cannot be measured.'],
  ])('says why there is no figure at all: %s', (_name, all, text) => {
    expect(agreementReading(ministry(all, []), titleOf, w)).toBe(text);
  });
});

describe('the figures as shown', () => {
  it.each([
    [0.8, '0.800'],
    [0.79951, '0.800'],
    [-79 / 325, '-0.243'],
    [-0.0004, '0.000'],
  ])('alpha %f reads %s', (alpha, text) => {
    expect(formatAlpha(alpha)).toBe(text);
  });

  it.each([
    [-4 / 11, '-0.36'],
    [6 / 7, '0.86'],
    [0.205, '0.21'],
    [-0.004, '0.00'],
  ])('kappa %f reads %s', (kappa, text) => {
    expect(formatKappa(kappa)).toBe(text);
  });
});
