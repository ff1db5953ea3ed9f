import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import type { Issue } from '../../src/core/issues.js';
import { loadRubric } from '../../src/cli/load-rubric.js';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'mini-pack');

interface Edit {
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

/** Copies the mini pack, applies the edits, and returns every issue loading it reports. */
async function problemsAfter(...edits: Edit[]): Promise<Issue[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gret-pack-'));
  cpSync(MINI, dir, { recursive: true });
  for (const e of edits) {
    const path = join(dir, e.file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(e.find)) throw new Error(`fixture edit does not match: ${e.find}`);
    writeFileSync(path, text.replace(e.find, e.replace));
  }
  try {
    await loadRubric(dir);
  } catch (error) {
    if (error instanceof UserError) return [...error.issues];
    throw error;
  }
  return [];
}

/** The 1-based line of the first line containing `marker` in a fixture file after an edit. */
function lineOf(edit: Edit, marker: string): number {
  const text = readFileSync(join(MINI, edit.file), 'utf8').replace(edit.find, edit.replace);
  return text.split('\n').findIndex((l) => l.includes(marker)) + 1;
}

describe('rubric validation', () => {
  it('accepts the mini pack', async () => {
    expect(await problemsAfter()).toEqual([]);
  });

  const cases: [string, Edit, string, string][] = [
    ['a misspelt key', { file: 'alpha.yaml', find: 'evidence_prompt: The plan.', replace: 'evidence_promt: The plan.' }, 'UNKNOWN_KEY', 'evidence_promt'],
    ['a duplicate indicator id', { file: 'beta.yaml', find: 'id: moderation', replace: 'id: strategy' }, 'DUPLICATE_ID', 'id: strategy'],
    ['an unknown source', { file: 'alpha.yaml', find: 'sources: [SRC-B]', replace: 'sources: [SRC-Z]' }, 'UNKNOWN_SOURCE', 'SRC-Z'],
    ['applies_if naming no indicator', { file: 'beta.yaml', find: 'indicator: data-kept', replace: 'indicator: data-kep' }, 'UNKNOWN_REFERENCE', 'data-kep'],
    ['applies_if with an impossible answer', { file: 'beta.yaml', find: 'answer_in: [yes]', replace: 'answer_in: [maybe]' }, 'UNKNOWN_REFERENCE', 'answer_in'],
    ['a level without a descriptor', { file: 'alpha.yaml', find: '      2: An adopted plan.\n', replace: '' }, 'MISSING_DESCRIPTOR', '    levels:'],
    ['a level off the scale', { file: 'alpha.yaml', find: 'yes_level: 2', replace: 'yes_level: 5' }, 'LEVEL_OUT_OF_SCALE', 'yes_level'],
    ['a weight of zero', { file: 'beta.yaml', find: 'weight: 1\n    scope', replace: 'weight: 0\n    scope' }, 'SCHEMA_TOO_SMALL', 'weight: 0'],
    ['a recommendation threshold off the scale', { file: 'alpha.yaml', find: 'below: 1', replace: 'below: 3' }, 'LEVEL_OUT_OF_SCALE', 'below: 3'],
    ['thresholds out of order', { file: 'beta.yaml', find: 'min: 30', replace: 'min: 50' }, 'THRESHOLD_ORDER', 'min: 45'],
    ['a dimension file for another dimension', { file: 'beta.yaml', find: 'dimension: beta', replace: 'dimension: gamma' }, 'DIMENSION_MISMATCH', 'dimension: gamma'],
    ['a terminal escape in text', { file: 'alpha.yaml', find: 'question: Is there a strategy?', replace: 'question: "Is there \\e[31m a strategy?"' }, 'SCHEMA_CUSTOM', 'question:'],
    ['an unknown indicator type', { file: 'beta.yaml', find: 'type: percent', replace: 'type: percentage' }, 'SCHEMA_INVALID_UNION', 'type: percentage'],
    ['bands out of order', { file: 'pack.yaml', find: 'min: 50', replace: 'min: 0' }, 'BAND_ORDER', '  - min: 0\n'],
    ['a missing dimension file', { file: 'pack.yaml', find: 'file: beta.yaml', replace: 'file: gamma.yaml' }, 'FILE_NOT_FOUND', 'gamma.yaml'],
    ['broken YAML syntax', { file: 'alpha.yaml', find: 'title: Strategy', replace: 'title: [Strategy' }, 'YAML_UNCLOSED_BRACKET', 'title: [Strategy'],
    ['a duplicate key', { file: 'alpha.yaml', find: '    title: Strategy\n', replace: '    title: Strategy\n    title: Again\n' }, 'YAML_DUPLICATE_KEY', 'title: Again'],
    ['a yes/no descriptor on a level neither answer reaches', { file: 'alpha.yaml', find: '      0: No.\n', replace: '      0: No.\n      1: Partly.\n' }, 'UNREACHABLE_LEVEL', '1: Partly.'],
    ['applies_if without otherwise', { file: 'beta.yaml', find: '      otherwise: not-applicable\n', replace: '' }, 'SCHEMA_INVALID_UNION', 'applies_if:'],
    ['an otherwise level off the scale', { file: 'beta.yaml', find: 'otherwise: not-applicable', replace: 'otherwise: 7' }, 'LEVEL_OUT_OF_SCALE', 'otherwise: 7'],
    ['a checklist level requiring an unknown item', { file: 'beta.yaml', find: '        label: Safety\n', replace: '        label: Safety\n    requires:\n      2: [roads]\n' }, 'UNKNOWN_REFERENCE', '2: [roads]'],
    ['a checklist requirement on level 0', { file: 'beta.yaml', find: '        label: Safety\n', replace: '        label: Safety\n    requires:\n      0: [health]\n' }, 'LEVEL_OUT_OF_SCALE', '0: [health]'],
    ['a gate on the first band', { file: 'pack.yaml', find: '    meaning: Low.\n', replace: '    meaning: Low.\n    gate:\n      critical_min_level: 1\n' }, 'BAND_GATE', 'gate:'],
    ['a gate that needs nothing', { file: 'pack.yaml', find: '    meaning: High.\n', replace: '    meaning: High.\n    gate: {}\n' }, 'BAND_GATE', 'gate: {}'],
    ['evidence asked for a level no answer reaches', { file: 'alpha.yaml', find: '      2: Yes.\n', replace: '      2: Yes.\n    evidence:\n      1: A draft form.\n' }, 'UNREACHABLE_LEVEL', '1: A draft form.'],
    ['a malformed SDG indicator code', { file: 'alpha.yaml', find: '    evidence_prompt: A form.\n', replace: '    evidence_prompt: A form.\n    sdg: [SDG5]\n' }, 'SCHEMA_INVALID_FORMAT', 'sdg: [SDG5]'],
    ['a glossary term citing an unknown source', { file: 'pack.yaml', find: 'bibliography: bibliography.yaml\n', replace: 'bibliography: bibliography.yaml\nglossary:\n  - term: Plan\n    definition: A document.\n    sources: [SRC-Q]\n' }, 'UNKNOWN_SOURCE', 'sources: [SRC-Q]'],
    ['a gate level off the scale', { file: 'pack.yaml', find: '    meaning: High.\n', replace: '    meaning: High.\n    gate:\n      critical_min_level: 5\n' }, 'LEVEL_OUT_OF_SCALE', 'critical_min_level: 5'],
  ];

  it.each(cases)('reports %s with its code, file and line', async (_name, edit, code, marker) => {
    const problems = await problemsAfter(edit);
    const found = problems.find((p) => p.code === code);
    expect(found).toBeDefined();
    expect(basename(found?.file ?? '')).toBe(edit.file);
    if (marker === '  - min: 0\n') {
      expect(found?.position?.line).toBe(lineOf(edit, 'label: High') - 1);
    } else {
      expect(found?.position?.line).toBe(lineOf(edit, marker));
    }
    expect(found?.position?.col).toBeGreaterThan(0);
  });

  it('reports a loop of applies_if conditions', async () => {
    const problems = await problemsAfter({
      file: 'alpha.yaml',
      find: '    type: yes-no\n',
      replace: '    type: yes-no\n    applies_if:\n      indicator: moderation\n      min_level: 1\n      otherwise: not-applicable\n',
    });
    expect(problems.map((p) => p.code)).toContain('CONDITION_CYCLE');
  });

  it('reports every problem at once, across files', async () => {
    const problems = await problemsAfter(
      { file: 'alpha.yaml', find: 'evidence_prompt: The plan.', replace: 'evidence_promt: The plan.' },
      { file: 'beta.yaml', find: 'type: percent', replace: 'type: percentage' },
      { file: 'bibliography.yaml', find: 'year: 2021', replace: 'year: last year' },
    );
    expect(new Set(problems.map((p) => basename(p.file)))).toEqual(new Set(['alpha.yaml', 'beta.yaml', 'bibliography.yaml']));
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it('reports every semantic problem at once', async () => {
    const problems = await problemsAfter(
      { file: 'alpha.yaml', find: 'sources: [SRC-B]', replace: 'sources: [SRC-Z]' },
      { file: 'beta.yaml', find: 'min: 30', replace: 'min: 50' },
    );
    expect(problems.map((p) => p.code).sort()).toEqual(['THRESHOLD_ORDER', 'UNKNOWN_SOURCE']);
  });

  it('reports a source key defined twice, at the second definition', async () => {
    const edit = {
      file: 'bibliography.yaml',
      find: '    url: https://example.org/b\n',
      replace: '    url: https://example.org/b\n  - key: SRC-A\n    title: The first report again\n    organisation: Org\n    year: 2020\n    url: https://example.org/c\n',
    };
    const problems = await problemsAfter(edit);
    expect(problems.map((p) => [p.code, basename(p.file), p.position?.line])).toEqual([['DUPLICATE_ID', 'bibliography.yaml', lineOf(edit, 'The first report again') - 1]]);
  });

  it('warns about a figure listed under a source that the pack no longer says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-pack-'));
    cpSync(MINI, dir, { recursive: true });
    const bib = join(dir, 'bibliography.yaml');
    const figure = (text: string): string => `    url: https://example.org/a\n    figures:\n      - text: ${text}\n        checked: page 4\n`;
    const original = readFileSync(bib, 'utf8');
    writeFileSync(bib, original.replace('    url: https://example.org/a\n', figure('Plans drive budgets.')));
    expect((await loadRubric(dir)).warnings).toEqual([]);
    writeFileSync(bib, original.replace('    url: https://example.org/a\n', figure('Plans drive all budgets.')));
    const { warnings } = await loadRubric(dir);
    expect(warnings.map((w) => [w.code, w.position?.line])).toEqual([['FIGURE_NOT_IN_PACK', 8]]);
  });

  it('warns about a source nobody cites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-pack-'));
    cpSync(MINI, dir, { recursive: true });
    const bib = join(dir, 'bibliography.yaml');
    writeFileSync(bib, `${readFileSync(bib, 'utf8')}  - key: SRC-C\n    title: Unused\n    organisation: Org\n    year: 2020\n    url: https://example.org/c\n`);
    const { warnings } = await loadRubric(dir);
    expect(warnings.map((w) => w.code)).toEqual(['UNUSED_SOURCE']);
  });
});
