import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { gret, ROOT } from './run-gret.js';

const PACK = join(ROOT, 'test', 'fixtures', 'interview-pack');
const fresh = (): string => mkdtempSync(join(tmpdir(), 'gret-interview-'));
const meta = ['--ministry', 'Ministry of Social Affairs', '--country', 'Laos'];

describe('gret init', () => {
  it('creates assessment.yaml from flags alone, recording the pack id and version', () => {
    const work = fresh();
    const run = gret(['init', '--rubric', PACK, ...meta, '--assessor', 'Ana Lima', '--assessor', 'Ben Ortiz', '--date', '2025-03-01', '--language', 'lo'], { cwd: work });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Created assessment.yaml for Ministry of Social Affairs, Laos.\nRubric: mini-egov 1.2.0, 7 indicators in 2 dimensions.\n');
    expect(run.stdout).toMatch(/Next: gret assess assessment\.yaml --rubric \S+interview-pack/);
    expect(parseDocument(readFileSync(join(work, 'assessment.yaml'), 'utf8')).toJS()).toEqual({
      format: 'gret-assessment/1',
      meta: { ministry: 'Ministry of Social Affairs', country: 'Laos', assessors: ['Ana Lima', 'Ben Ortiz'], date: '2025-03-01', language: 'lo', pack: { id: 'mini-egov', version: '1.2.0' } },
      answers: {},
    });
  });

  it("dates the assessment today and takes the pack's language when not told otherwise", () => {
    const work = fresh();
    expect(gret(['init', 'x.yaml', '--rubric', PACK, ...meta], { cwd: work }).code).toBe(0);
    const data = parseDocument(readFileSync(join(work, 'x.yaml'), 'utf8')).toJS();
    expect(data.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Math.abs(Date.parse(data.meta.date) - Date.now())).toBeLessThan(2 * 86_400_000);
    expect(data.meta.language).toBe('en');
  });

  it('names the missing flags when there is no terminal to ask in', () => {
    const work = fresh();
    const run = gret(['init', '--rubric', PACK, '--country', 'Laos'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gret: Missing --ministry: without a terminal to ask in, give the values as flags.');
    expect(existsSync(join(work, 'assessment.yaml'))).toBe(false);
  });

  it('refuses to overwrite an existing file unless --force', () => {
    const work = fresh();
    writeFileSync(join(work, 'a.yaml'), 'precious: true\n');
    const refused = gret(['init', 'a.yaml', '--rubric', PACK, ...meta], { cwd: work });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('a.yaml already exists; gret init does not overwrite it.');
    expect(refused.stderr).toContain('add --force');
    expect(readFileSync(join(work, 'a.yaml'), 'utf8')).toBe('precious: true\n');
    expect(gret(['init', 'a.yaml', '--rubric', PACK, ...meta, '--force'], { cwd: work }).code).toBe(0);
    expect(readFileSync(join(work, 'a.yaml'), 'utf8')).toContain('ministry: Ministry of Social Affairs');
  });

  it('reports every unusable flag value at once', () => {
    const run = gret(['init', '--rubric', PACK, '--ministry', ' ', '--country', 'Laos', '--date', '2025-02-30', '--language', 'Lao'], { cwd: fresh() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--ministry: Give a value; it cannot be empty.');
    expect(run.stderr).toContain('--date: 2025-02-30 is not a date in the calendar.');
    expect(run.stderr).toContain('--language: Give a language tag such as en, fr or th.');
  });
});

describe('gret assess without a terminal', () => {
  it('does not wait for input: it exits 2 and points to the answer sheet', () => {
    const work = fresh();
    gret(['init', 'a.yaml', '--rubric', PACK, ...meta], { cwd: work });
    const run = gret(['assess', 'a.yaml', '--rubric', PACK], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`gret assess` asks its questions in a terminal');
    expect(run.stderr).toContain('gret template -o answers.yaml');
    expect(run.stderr).toContain('gret score answers.yaml');
  });
});

describe('gret template', () => {
  it('prints a YAML answer sheet on standard output', () => {
    const run = gret(['template', '--rubric', PACK]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Answer sheet for mini-egov 1\.2\.0/);
    expect(parseDocument(run.stdout).errors).toEqual([]);
  });

  it('writes a sheet that, filled in by a program, scores with gret score', () => {
    const work = fresh();
    const written = gret(['template', '--rubric', PACK, '-o', 'sheet.yaml'], { cwd: work });
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/then check and score it with: gret score sheet\.yaml --rubric \S+/);
    const doc = parseDocument(readFileSync(join(work, 'sheet.yaml'), 'utf8'));
    doc.setIn(['meta', 'ministry'], 'Ministry of Social Affairs');
    doc.setIn(['meta', 'country'], 'Laos');
    doc.setIn(['meta', 'date'], '2025-03-01');
    doc.setIn(['answers', 'strategy', 'answer'], 3);
    doc.setIn(['answers', 'focal-unit', 'answer'], 'no');
    doc.setIn(['answers', 'accessibility', 'answer'], ['local-language', 'low-bandwidth']);
    doc.setIn(['answers', 'women-users', 'status'], 'dont-know');
    writeFileSync(join(work, 'sheet.yaml'), doc.toString());

    const scored = gret(['score', 'sheet.yaml', '--rubric', PACK], { cwd: work });
    expect(scored.stderr).toBe('');
    expect(scored.code).toBe(0);
    expect(scored.stdout).toContain('Overall index');
    expect(scored.stdout).toMatch(/Coverage: 3 of 6 applicable indicators answered/);
  });

  it('does not overwrite a file unless --force', () => {
    const work = fresh();
    writeFileSync(join(work, 'filled.yaml'), 'answers: {}\n');
    const run = gret(['template', '--rubric', PACK, '-o', 'filled.yaml'], { cwd: work });
    expect(run.code).toBe(2);
    expect(readFileSync(join(work, 'filled.yaml'), 'utf8')).toBe('answers: {}\n');
    expect(gret(['template', '--rubric', PACK, '-o', 'filled.yaml', '--force'], { cwd: work }).code).toBe(0);
  });

  it('writes a printable Markdown questionnaire', () => {
    const work = fresh();
    const run = gret(['template', '--rubric', PACK, '--format', 'md', '-o', 'q.md'], { cwd: work });
    expect(run.code).toBe(0);
    const md = readFileSync(join(work, 'q.md'), 'utf8');
    expect(md).toMatch(/^# A small pack for testing the interview\n/);
    expect(md).toContain('- [ ] **0 Absent**: The strategy does not mention women or gender.');
  });

  it('writes a questionnaire to print as a PDF, named by -o or questionnaire.pdf, and never over a file', () => {
    const work = fresh();
    const named = gret(['template', '--rubric', PACK, '-o', 'paper.pdf'], { cwd: work });
    expect(named.code).toBe(0);
    expect(named.stdout).toBe('Wrote paper.pdf\n');
    expect(readFileSync(join(work, 'paper.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const plain = gret(['template', '--rubric', PACK, '--format', 'pdf'], { cwd: work });
    expect(plain.code).toBe(0);
    expect(readFileSync(join(work, 'questionnaire.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const again = gret(['template', '--rubric', PACK, '--format', 'pdf'], { cwd: work });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('questionnaire.pdf already exists');
  });

  it('rejects an unknown format as a usage error', () => {
    const run = gret(['template', '--format', 'docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format cannot be "docx": give one of "yaml", "md", "pdf", "html".');
  });

  it('writes a valid sheet for the bundled pack', () => {
    const run = gret(['template']);
    expect(run.code).toBe(0);
    expect(parseDocument(run.stdout).errors).toEqual([]);
  });
});
