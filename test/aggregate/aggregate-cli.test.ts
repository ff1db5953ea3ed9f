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

  it('aggregate rejects an unknown --by value as a usage error', () => {
    expect(gret(['aggregate', 'test/fixtures/aggregate/workshop', '--by', 'region']).code).toBe(2);
  });
});
