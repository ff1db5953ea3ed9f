import { describe, expect, it } from '@jest/globals';
import type { NationalContext } from '../../src/core/national/national-context.js';
import { buildReport } from '../../src/report/model/build-report.js';
import type { Block, Table } from '../../src/report/model/report-document.js';
import { buildAssessment } from './fixture.js';
import { reportInput } from './report-input.js';

const context: NationalContext = {
  file: 'national.yaml',
  rubric: { id: 'egov-women-national', version: '1.0.0', hash: 'sha256:n', title: 'National profile', maxLevel: 4 },
  country: 'Thailand',
  answeredBy: ['Digital Government Agency', 'Office of Women’s Affairs'],
  date: '2026-02-01',
  score: 0.411,
  band: 'Gender-sensitive',
  indicators: [
    { id: 'data-affordability', title: 'Affordability of data', dimension: 'Connectivity', answerText: 'Measured, above target', answer: { type: 'choice', option: 'measured-above', label: 'Measured, above target' }, level: 1, descriptor: 'The price is measured but is 2% or more.', status: 'answered', agency: 'Regulator' },
    { id: 'equitable-coverage', title: 'Equitable coverage', dimension: 'Connectivity', answerText: null, answer: null, level: 0, descriptor: null, status: 'dont-know', agency: null },
  ],
};

const section = (id: string, withContext = false): readonly Block[] =>
  buildReport(reportInput(buildAssessment(withContext ? { nationalContext: context } : {}))).sections.find((s) => s.id === id)?.blocks ?? [];
const table = (blocks: readonly Block[]): Table | undefined => blocks.find((b): b is Table => b.kind === 'table');

describe('report annexes', () => {
  it('print the glossary', () => {
    expect(section('glossary')).toContainEqual({ kind: 'list', ordered: false, items: expect.arrayContaining(['Sex-disaggregated data: Figures counted separately for women and men.']) });
  });

  it('list the SDG indicators and other assessments each linked answer informs, with its level', () => {
    const rows = table(section('sdg-links'))?.rows ?? [];
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Digital strategy names gender goals', '2', '5.c.1', 'GovTech Maturity Index: Core Government Systems Index'],
      ['Sex-disaggregated service usage data', '1', '16.6.2, 5.c.1', '—'],
    ]);
  });

  it('show the national context with who answered it and when, outside the ministry index', () => {
    const blocks = section('national-context', true);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: expect.stringContaining('national.yaml, answered by Digital Government Agency, Office of Women’s Affairs on 2026-02-01') });
    expect(blocks[1]).toMatchObject({ text: 'National profile index: 41.1 of 100, Gender-sensitive.' });
    expect(table(blocks)?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Affordability of data', 'Measured, above target', 'Regulator'],
      ['Equitable coverage', "Don't know", '—'],
    ]);
  });

  it('say how to add a national context when none is named', () => {
    expect(section('national-context')[0]).toMatchObject({ text: expect.stringContaining('name it in meta.national_profile') });
  });
});
