import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documents } from '../../src/core/result-document.js';
import { MINI_PACK, miniAssessment } from '../fixtures/mini-assessment.js';
import { spawnSync } from 'node:child_process';
import { builtinsLoadedBy, gret, GRET, gretWithout, ROOT } from './run-gret.js';

const MINI = MINI_PACK;
const work = mkdtempSync(join(tmpdir(), 'gret-e2e-'));

const good = miniAssessment(`  strategy: { answer: 1, evidence: [{ title: Plan, verification: document-seen }] }
  data-kept: { answer: "no" }
  online-services: { answer: [health] }
  share-women: { status: dont-know }
`);

function write(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

describe('gret help', () => {
  it('lists every command with a description and examples', () => {
    const run = gret(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['rubric', 'score']) expect(run.stdout).toMatch(new RegExp(`\\n  ${command}\\b.*\\S`));
    expect(run.stdout).toContain('Examples:');
  });

  it.each([['score'], ['rubric', 'validate'], ['rubric', 'list'], ['rubric', 'show'], ['rubric', 'schema']])('shows an example in `gret %s --help`', (...command) => {
    const run = gret([...command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples?:\n {2}\$ gret /);
  });

  it('exits 2 on an unknown option', () => {
    const run = gret(['score', '--nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('There is no option --nope.');
  });
});

describe('gret score', () => {
  const answers = write('good.yaml', good);

  it('prints a summary without colour when not on a terminal', () => {
    const run = gret(['score', answers, '--rubric', MINI]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Overall index');
    expect(run.stdout).toContain('Top priorities');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('prints colour on a terminal or when FORCE_COLOR asks for it, never with NO_COLOR', () => {
    const run = gret(['score', answers, '--rubric', MINI], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(run.stdout).not.toContain('\u001b[');
    expect(gret(['score', answers, '--rubric', MINI], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
  });

  it('draws plain ASCII on a dumb terminal, and Unicode elsewhere', () => {
    const dumb = gret(['score', answers, '--rubric', MINI], { env: { TERM: 'dumb' } });
    expect(dumb.code).toBe(0);
    expect(dumb.stdout).toContain(' | assessed ');
    expect(dumb.stdout).not.toMatch(/[^\u0000-\u007f]/);
    expect(gret(['score', answers, '--rubric', MINI], { env: { TERM: 'xterm-256color' } }).stdout).toContain(' · assessed ');
  });

  it('prints the result object with its kind and schemaVersion', () => {
    const run = gret(['score', answers, '--rubric', MINI, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject(documents.assessment);
    expect(result.rubric).toMatchObject({ id: 'mini', version: '1.1.0' });
    // strategy 1/2 (weight 2), data-kept 0; moderation is left out (data-kept is "no");
    // online-services 1/2, share-women 0 (don't know) → alpha 1/3, beta 1/4; index (1/3 + 2 × 1/4) / 3.
    expect(result.overall.score).toBeCloseTo((1 / 3 + 2 * 0.25) / 3, 10);
  });

  it('reads a file saved with a byte-order mark', () => {
    const bom = write('bom.yaml', `\uFEFF${good}`);
    expect(gret(['score', bom, '--rubric', MINI]).code).toBe(0);
  });

  it('explains the breakdown', () => {
    const run = gret(['score', answers, '--rubric', MINI, '--explain']);
    expect(run.stdout).toContain('How the scores are built');
    expect(run.stdout).toMatch(/Moderation: left out \(condition not met\)/);
  });

  it('exits 1 when the index is under --fail-under, 0 when it is not', () => {
    expect(gret(['score', answers, '--rubric', MINI, '--fail-under', '50']).code).toBe(1);
    expect(gret(['score', answers, '--rubric', MINI, '--fail-under', '20']).code).toBe(0);
  });

  it('refuses --target with --targets', () => {
    const run = gret(['score', answers, '--rubric', MINI, '--target', '2', '--targets', answers]);
    expect(run.code).toBe(2);
  });

  it('reads a targets file and reports its problems with positions', () => {
    const targets = write('targets.yaml', 'default: 2\nindicators:\n  strategi: 1\n');
    const run = gret(['score', answers, '--rubric', MINI, '--targets', targets]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('targets.yaml:3:3: "strategi" is not an indicator of mini');
  });
});

describe('bad input', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
  mkdirSync(join(work, 'a-folder.yaml'), { recursive: true });

  const cases: [string, string, RegExp][] = [
    ['malformed YAML', write('malformed.yaml', miniAssessment(`  strategy: { answer: 1\n`)), /malformed\.yaml:\d+:\d+: /],
    ['an empty file', write('empty.yaml', ''), /empty\.yaml is empty/],
    ['a binary file', write('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])), /binary\.yaml is not a text file/],
    ['a folder', join(work, 'a-folder.yaml'), /a-folder\.yaml is a folder/],
    ['a missing file', join(work, 'missing.yaml'), /missing\.yaml: there is no such file/],
    ['a YAML alias bomb', write('bomb.yaml', `${bomb.join('\n')}\n`), /bomb\.yaml uses YAML aliases too heavily/],
    ['a file over the size limit', write('huge.yaml', miniAssessment(`${'#'.repeat(3 * 1024 * 1024)}\n`)), /huge\.yaml is 3\.0 MB/],
    ['duplicate keys', write('dupes.yaml', `${good}  strategy: { answer: 2 }\n`), /dupes\.yaml:14:3: "strategy" is given twice in the same section \(first on line 10\): keep only one of them \[YAML_DUPLICATE_KEY\]/],
    ['wrong types', write('types.yaml', miniAssessment(`  strategy: { answer: high }\n`)), /types\.yaml:10:15: "high" is not a level; expected a level from 0 to 2/],
    ['a terminal escape in a note', write('escape.yaml', miniAssessment(`  strategy: { answer: 1, note: "red \\e[31m text" }\n`)), /escape\.yaml:10:\d+: "note" contains a control character/],
    ['a file that is not UTF-8', write('latin1.yaml', Buffer.from(miniAssessment('  strategy: { answer: 1, note: "café" }\n'), 'latin1')), /latin1\.yaml is not valid UTF-8/],
    ['meta left blank', write('blank-meta.yaml', miniAssessment('').replace('ministry: Ministry of Tests', 'ministry:')), /blank-meta\.yaml:3:3: "ministry" is empty; fill it in/],
    ['not an assessment', write('list.yaml', '- just\n- a list\n'), /list\.yaml:1:1: the file must be a mapping of keys to values, not a list/],
  ];

  it.each(cases)('%s: one clear paragraph naming the file, exit 2, no stack', (_name, path, expected) => {
    const run = gret(['score', path, '--rubric', MINI]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(run.stderr).not.toContain('this is a bug');
    expect(run.stdout).toBe('');
  });

  it('shows control characters in a rubric as visible escapes, never raw', () => {
    const pack = join(work, 'escape-pack');
    mkdirSync(pack, { recursive: true });
    for (const f of ['pack.yaml', 'alpha.yaml', 'beta.yaml', 'bibliography.yaml']) {
      writeFileSync(join(pack, f), readFileSync(join(MINI, f), 'utf8'));
    }
    writeFileSync(join(pack, 'alpha.yaml'), readFileSync(join(MINI, 'alpha.yaml'), 'utf8').replace('title: Strategy', 'title: "Strat\\e[2Jegy"'));
    const run = gret(['rubric', 'validate', pack]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/alpha\.yaml:4:5: "title" contains a control character or terminal escape sequence/);
    expect(run.stdout + run.stderr).not.toContain('\u001b');
  });
});

describe('gret rubric', () => {
  it('validate exits 0 for a valid pack and 1 with the problems for an invalid one', () => {
    expect(gret(['rubric', 'validate', MINI]).code).toBe(0);
    const broken = join(work, 'broken-pack');
    mkdirSync(broken, { recursive: true });
    for (const f of ['pack.yaml', 'alpha.yaml', 'beta.yaml', 'bibliography.yaml']) writeFileSync(join(broken, f), readFileSync(join(MINI, f), 'utf8'));
    writeFileSync(join(broken, 'beta.yaml'), readFileSync(join(MINI, 'beta.yaml'), 'utf8').replace('weight: 1', 'wieght: 1'));
    const run = gret(['rubric', 'validate', broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/beta\.yaml:\d+:\d+: unknown key "wieght" \(a typo\?\) \[UNKNOWN_KEY\]/);
  });

  it('validate exits 2 for a folder that does not exist', () => {
    expect(gret(['rubric', 'validate', join(work, 'nope')]).code).toBe(2);
  });

  it('lists packs as JSON with dimensions and indicators nested', () => {
    const run = gret(['rubric', 'list', '--json', '--rubrics', join(ROOT, 'test', 'fixtures')]);
    expect(run.code).toBe(0);
    const { packs } = JSON.parse(run.stdout) as { packs: { id: string; dimensions: { indicators: unknown[] }[] }[] };
    const mini = packs.find((p) => p.id === 'mini');
    expect(mini?.dimensions.map((d) => d.indicators.length)).toEqual([2, 3]);
  });

  it('shows one indicator in full and suggests an id for a typo', () => {
    const run = gret(['rubric', 'show', 'moderation', '--rubric', MINI]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Are spaces moderated?');
    expect(run.stdout).toContain('Applies only if');
    const typo = gret(['rubric', 'show', 'moderatoin', '--rubric', MINI]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean moderation?');
  });
});

describe('pipes', () => {
  it('stops quietly when the reader closes the pipe early', () => {
    const run = spawnSync('bash', ['-c', `node ${GRET} template | head -1 >/dev/null; echo "exit \${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('exit 0');
    expect(run.stderr).toBe('');
  });
});

describe('start-up', () => {
  const heavy = ['zod', 'pdfkit', '@inquirer/core', 'chalk'];

  it('scores with the bundled pack without loading the validator, the PDF library or the prompts', () => {
    const run = gretWithout(heavy, ['score', join(ROOT, 'templates', 'sample-assessment.yaml')], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('reads a file that holds no mistake without the yaml package, and loads it to word a mistake', () => {
    expect(gretWithout(['yaml'], ['score', join(ROOT, 'templates', 'sample-assessment.yaml')], { cwd: work })).toMatchObject({ code: 0, stderr: '' });
    const tabbed = write('tabbed.yaml', readFileSync(join(ROOT, 'templates', 'sample-assessment.yaml'), 'utf8').replace('  ministry:', '\tministry:'));
    expect(gretWithout(['yaml'], ['score', tabbed], { cwd: work }).stderr).toContain('yaml was loaded');
  });

  it('starts as CommonJS, without child_process, which only running another program needs, and loads crypto only to name a file it writes', () => {
    const sample = join(ROOT, 'templates', 'sample-assessment.yaml');
    const score = builtinsLoadedBy(['score', sample], { cwd: work });
    for (const loaded of [score, builtinsLoadedBy(['aggregate', sample], { cwd: work })]) {
      expect(loaded).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(child_process|crypto)$/)]));
    }
    // Node's ES module loader is its internal/modules/esm modules, which an ES module entry loads all of.
    expect(score).not.toEqual(expect.arrayContaining([expect.stringMatching(/^internal\/modules\/esm\/(resolve|translators|module_job)$/)]));
    expect(builtinsLoadedBy(['aggregate', sample, '-o', join(work, 'agg.csv')], { cwd: work })).toContain('crypto');
  });

  it('shows help without loading them either', () => {
    expect(gretWithout(heavy, ['--help'], { cwd: work }).code).toBe(0);
  });

  it('loads zod where a pack is validated', () => {
    expect(gretWithout(['zod'], ['rubric', 'validate'], { cwd: work }).stderr).toContain('zod was loaded');
  });

  it('writes a report with the bundled template without zod, and loads it to check a template of ones own', () => {
    const sample = join(ROOT, 'templates', 'sample-assessment.yaml');
    for (const args of [['report', sample, '-o', join(work, 'plain.md')], ['aggregate', sample], ['compare', sample, sample, '-o', join(work, 'cmp.md')]]) {
      expect(gretWithout(['zod'], args, { cwd: work })).toMatchObject({ code: 0, stderr: '' });
    }
    const own = join(work, 'own-template');
    cpSync(join(ROOT, 'templates', 'report'), own, { recursive: true });
    expect(gretWithout(['zod'], ['report', sample, '-o', join(work, 'own.md'), '--template', own], { cwd: work }).stderr).toContain('zod was loaded');
  });
});
