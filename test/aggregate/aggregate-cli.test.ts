import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documents } from '../../src/core/result-document.js';
import { gret, ROOT } from '../e2e/run-gret.js';
import { MINI_PACK } from '../fixtures/mini-assessment.js';

const fixtures = join(ROOT, 'test', 'fixtures');

describe('gret compare and gret aggregate, built and run as a user would', () => {
  it('compare prints a summary and exits 0', () => {
    const run = gret(['compare', 'test/fixtures/compare/baseline.yaml', 'test/fixtures/compare/follow-up.yaml', '--rubric', MINI_PACK]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Gaps closed (2)');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('compare writes every format asked for, with no temporary file left behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-compare-'));
    const run = gret(['compare', join(fixtures, 'compare', 'baseline.yaml'), join(fixtures, 'compare', 'follow-up.yaml'), '--rubric', MINI_PACK, '-o', join(dir, 'progress'), '--format', 'pdf,md,json']);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['progress.json', 'progress.md', 'progress.pdf']);
    expect(readFileSync(join(dir, 'progress.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'))).toMatchObject(documents.comparison);
  });

  it('compare exits 2 for a missing file or an unwritable output, and writes nothing', () => {
    expect(gret(['compare', 'no-such.yaml', 'test/fixtures/compare/follow-up.yaml', '--rubric', MINI_PACK]).code).toBe(2);
    const run = gret(['compare', 'test/fixtures/compare/baseline.yaml', 'test/fixtures/compare/follow-up.yaml', '--rubric', MINI_PACK, '-o', '/no/such/folder/x.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot write /no/such/folder/x.md');
  });

  it('aggregate reads good files among bad ones, exits 0 and draws no progress bar off a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-aggregate-'));
    const run = gret(['aggregate', 'test/fixtures/aggregate/mixed', '--rubric', MINI_PACK, '--by', 'group', '-o', join(dir, 'all'), '--format', 'csv,json,md']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('skipped 2 of 4 files');
    expect(run.stderr).not.toContain('Reading assessments');
    expect(readdirSync(dir).sort()).toEqual(['all.csv', 'all.json', 'all.md']);
    expect(JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8')).assessments).toHaveLength(2);
  });

  it('aggregate exits 2 when no file can be read', () => {
    const run = gret(['aggregate', 'test/fixtures/aggregate/mixed/broken.yaml', 'no-such-folder', '--rubric', MINI_PACK]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('None of the 2 files could be read.');
  });

  it('aggregate --workshop prints the agreement figures after the side-by-side levels', () => {
    const run = gret(['aggregate', 'test/fixtures/aggregate/workshop', '--rubric', MINI_PACK, '--workshop']);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out.indexOf('Levels side by side')).toBeLessThan(out.indexOf('Agreement between groups'));
    expect(out).toContain('Ministry of Tests: Blue, Green, Red');
    expect(out).toContain('Across all indicators the groups agree poorly (alpha -0.243).');
    expect(out).toMatch(/\n {2}All indicators +-0\.243 +5 {2}not reliable\n {2}Alpha +– +2 {2}too few answers to measure agreement\n/);
    expect(out).toMatch(/\n {2}Blue and Red\n {4}All indicators +-0\.36 +5 {2}poor\n/);
    expect(out).toMatch(/\n {2}Blue and Green\n {4}All indicators +– +3 {2}too few answers to measure agreement\n/);
    expect(out).toContain('Krippendorff, Content Analysis, 2nd edition, 2004, p. 241');
  });

  it('aggregate --agreement measures agreement without the workshop views, in every format', () => {
    const run = gret(['aggregate', 'test/fixtures/aggregate/workshop', '--rubric', MINI_PACK, '--agreement']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Workshop:');
    expect(run.stdout).toMatch(/\n {2}All indicators +-0\.243 +5 {2}not reliable\n/);
    const dir = mkdtempSync(join(tmpdir(), 'gret-agreement-'));
    const files = gret(['aggregate', 'test/fixtures/aggregate/workshop', '--rubric', MINI_PACK, '--agreement', '-o', join(dir, 'agreement'), '--format', 'json,md,pdf']);
    expect(files.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'agreement.json'), 'utf8'));
    expect(json.workshop).toBeNull();
    expect(json.agreement.ministries[0].all).toMatchObject({ verdict: 'unreliable', indicators: 5, values: 13 });
    expect(json.agreement.ministries[0].all.alpha).toBeCloseTo(-0.243, 3);
    expect(readFileSync(join(dir, 'agreement.md'), 'utf8')).toContain('| All indicators | -0.243 | 5 | 13 | not reliable |');
    expect(readFileSync(join(dir, 'agreement.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('aggregate rejects an unknown --by value as a usage error', () => {
    expect(gret(['aggregate', 'test/fixtures/aggregate/workshop', '--by', 'region']).code).toBe(2);
  });
});
