import { describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gret, gretWithout, ROOT } from '../e2e/run-gret.js';
import { MINI_PACK, miniAssessment } from '../fixtures/mini-assessment.js';
import { extractPdf, squash } from './pdf-text.js';
import { SCRIPT_SENTENCES } from './script-sentences.js';

const MINI = MINI_PACK;
const work = mkdtempSync(join(tmpdir(), 'gret-report-'));
const assessment = join(work, 'assessment.yaml');
writeFileSync(
  assessment,
  miniAssessment(`  strategy: { answer: 1, note: "ยังไม่มีแผน; 还没有计划", evidence: [{ title: Plan, verification: document-seen }] }
  data-kept: { answer: "no" }
  online-services: { answer: [health] }
  share-women: { status: dont-know }
`),
);

function report(args: string[]) {
  return gret(['report', assessment, '--rubric', MINI, ...args], { cwd: work });
}

describe('gret report', () => {
  it('takes the action plan by its file ending alongside a PDF', () => {
    mkdirSync(join(work, 'plan'));
    const run = report(['-o', 'plan/report.pdf', '--format', 'pdf,plan.csv']);
    expect(run.code).toBe(0);
    expect(readdirSync(join(work, 'plan')).sort()).toEqual(['report.pdf', 'report.plan.csv']);
  });

  it('writes every format from one run', async () => {
    mkdirSync(join(work, 'all'));
    const run = report(['-o', 'all/report', '--format', 'pdf,md,json,csv']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(join(work, 'all')).sort()).toEqual(['report.json', 'report.md', 'report.pdf', 'report.plan.csv']);
    expect((await extractPdf(readFileSync(join(work, 'all', 'report.pdf')))).pages.length).toBeGreaterThan(5);
    expect(JSON.parse(readFileSync(join(work, 'all', 'report.json'), 'utf8'))).toHaveProperty('kind', 'gret-assessment-result');
    expect(readFileSync(join(work, 'all', 'report.plan.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
  });

  it('writes the plan beside the PDF with --format pdf,csv', () => {
    mkdirSync(join(work, 'pair'));
    const run = report(['-o', 'pair/ministry.pdf', '--format', 'pdf,csv']);
    expect(run.code).toBe(0);
    expect(readdirSync(join(work, 'pair')).sort()).toEqual(['ministry.pdf', 'ministry.plan.csv']);
  });

  it('takes the format from the output name, and the title from the pack assessed', () => {
    const run = report(['-o', 'only.md']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(work, 'only.md'), 'utf8')).toMatch(/^# Mini pack\n/);
  });

  it('follows the format asked for when -o names another one', () => {
    mkdirSync(join(work, 'renamed'));
    const run = report(['-o', 'renamed/report.pdf', '--format', 'md']);
    expect(run.code).toBe(0);
    expect(readdirSync(join(work, 'renamed'))).toEqual(['report.md']);
  });

  it('exits 2 and leaves nothing behind when the output cannot be written', () => {
    const run = report(['-o', 'missing-folder/report.pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot write missing-folder/report.pdf');
    expect(existsSync(join(work, 'missing-folder'))).toBe(false);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 on an unknown format', () => {
    const run = report(['--format', 'pdf,odt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown report format "odt"');
  });

  it('exits 2 with file:line:col for a broken template', () => {
    const template = join(work, 'template');
    cpSync(join(ROOT, 'templates', 'report'), template, { recursive: true });
    writeFileSync(join(template, 'look.yaml'), readFileSync(join(template, 'look.yaml'), 'utf8').replace('page_size: A4', 'page_size: A4\nfont: Comic'));
    const run = report(['--template', template, '-o', 'never.pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/look\.yaml:6:1: unknown key "font"/);
    expect(existsSync(join(work, 'never.pdf'))).toBe(false);
  });

  it('renders a dimension in which nothing applies, without a score', () => {
    const none = join(work, 'none.yaml');
    writeFileSync(
      none,
      readFileSync(assessment, 'utf8')
        .replace(/ {2}online-services: .*\n/, '  online-services: { status: not-applicable, na_reason: outside-mandate }\n')
        .replace(/ {2}share-women: .*\n/, '  share-women: { status: not-applicable, na_reason: other, na_note: No such service. }\n  moderation: { status: not-applicable, na_reason: handled-nationally }\n'),
    );
    const run = gret(['report', none, '--rubric', MINI, '-o', 'none', '--format', 'pdf,md'], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(work, 'none.md'), 'utf8')).toContain('| Beta dimension | not scored | — | 0% | not scored |');
  });

  describe('in Khmer', () => {
    const khmer = SCRIPT_SENTENCES.find((s) => s.script === 'khmer')?.text ?? '';
    function khmerReport(name: string, note: string) {
      const file = join(work, `${name}.yaml`);
      writeFileSync(file, miniAssessment(`  strategy: { answer: 2, note: "${note}" }\n`));
      return { run: gret(['report', file, '--rubric', MINI, '-o', `${name}.pdf`], { cwd: work }), pdf: join(work, `${name}.pdf`) };
    }

    it('renders a note with អំពី', async () => {
      const { run, pdf } = khmerReport('khmer', khmer);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(squash((await extractPdf(readFileSync(pdf))).pages.map((p) => p.text).join(''))).toContain('អំពី');
    });

    it('still writes the PDF when a word cannot be shaped, and says which word', async () => {
      // fontkit 2.0.4 cannot shape this syllable; see pdf-scripts.test.ts.
      const { run, pdf } = khmerReport('unshaped', `${khmer} ឍ្ឃោ់`);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('Wrote unshaped.pdf\n');
      expect(run.stderr).toBe(
        'warning: unshaped.pdf: the font Noto Sans Khmer could not shape 1 piece of text, so it is drawn letter by letter and marks may sit out of place: "ឍ្ឃោ់". ' +
          'The rest of the report is complete. Please report this as a bug in gret.\n',
      );
      expect((await extractPdf(readFileSync(pdf))).tagged).toBe(true);
    });
  });

  it('loads pdfkit only when a PDF is written', () => {
    const run = (args: string[]) => gretWithout(['pdfkit'], args, { cwd: work });
    expect(run(['--help']).code).toBe(0);
    expect(run(['report', '--help']).code).toBe(0);
    expect(run(['report', assessment, '--rubric', MINI, '-o', 'hooked.md']).code).toBe(0);
    expect(run(['report', assessment, '--rubric', MINI, '-o', 'hooked.pdf']).stderr).toContain('pdfkit was loaded');
  });
});
