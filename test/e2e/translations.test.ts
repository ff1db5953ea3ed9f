import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gret, ROOT } from './run-gret.js';

/** A copy of the bundled pack, with its French overlay, in a folder of its own. */
function packCopy(): { dir: string; pack: string; overlay: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gret-po-'));
  const pack = join(dir, 'egov-women');
  cpSync(join(ROOT, 'rubrics', 'egov-women'), pack, { recursive: true });
  return { dir, pack, overlay: join(pack, 'i18n', 'fr.yaml') };
}

function ok(args: string[], cwd: string): string {
  const run = gret(args, { cwd });
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return run.stdout;
}

/** The PO text with the translation of one entry replaced, as a translator's tool would save it. */
function translate(po: string, context: string, text: string): string {
  const at = po.indexOf(`msgctxt "${context}"`);
  const start = po.indexOf('msgstr ', at);
  const end = po.indexOf('\n\n', start);
  if (at === -1 || start === -1) throw new Error(`no entry ${context}`);
  return `${po.slice(0, start)}msgstr ${JSON.stringify(text)}${end === -1 ? '\n' : po.slice(end)}`;
}

/** translated, missing, stale and unknown of a language, as gret rubric translations lists them. */
function counts(listing: string, language: string): number[] {
  const row = new RegExp(`^\\s+${language}\\s+draft\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$`, 'm').exec(listing);
  if (row === null) throw new Error(`no row for ${language} in:\n${listing}`);
  return row.slice(1).map(Number);
}

const editLevel2 = (pack: string): void => {
  const file = join(pack, 'institutions.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('2: The plan contains at least one concrete action for women', '2: The plan holds at least one concrete action for women'));
};

describe('the PO round trips', () => {
  it('overlay → PO → overlay gives the overlay byte for byte, stale entries and a review included', () => {
    const { dir, pack, overlay } = packCopy();
    // A reviewed overlay with one stale entry: both must survive the trip.
    writeFileSync(overlay, readFileSync(overlay, 'utf8').replace('status: draft\n', 'status: reviewed\nreviewer: A. Réviseur\nreviewed: 2026-11-30\n'));
    editLevel2(pack);
    const before = readFileSync(overlay, 'utf8');
    ok(['rubric', 'translations', 'export', '--lang', 'fr', '--rubric', pack, '-o', 'fr.po'], dir);
    expect(readFileSync(join(dir, 'fr.po'), 'utf8')).toMatch(/#, fuzzy\nmsgctxt "gender-in-ministry-digital-plan\|levels\.2"/);
    const [, translated, total] = /(\d+) of (\d+) texts translated, 1 stale, status reviewed/.exec(ok(['rubric', 'translations', 'import', 'fr.po', '--rubric', pack], dir)) ?? [];
    expect(Number(translated) + 1).toBe(Number(total));
    expect(readFileSync(overlay, 'utf8')).toBe(before);
  });

  it('PO → overlay → PO gives the PO byte for byte, for a language with no overlay yet too', () => {
    const { dir, pack } = packCopy();
    for (const lang of ['fr', 'th']) {
      ok(['rubric', 'translations', 'export', '--lang', lang, '--rubric', pack, '-o', `${lang}.po`], dir);
      const po = readFileSync(join(dir, `${lang}.po`), 'utf8');
      ok(['rubric', 'translations', 'import', `${lang}.po`, '--rubric', pack], dir);
      ok(['rubric', 'translations', 'export', '--lang', lang, '--rubric', pack, '-o', `${lang}-again.po`], dir);
      expect(readFileSync(join(dir, `${lang}-again.po`), 'utf8')).toBe(po);
    }
  });

  it("takes a translator's work: a text changed, and a fuzzy one cleared, become current; one left fuzzy stays stale", () => {
    const { dir, pack, overlay } = packCopy();
    editLevel2(pack);
    const before = counts(gret(['rubric', 'translations', pack], { cwd: dir }).stdout, 'fr');
    ok(['rubric', 'translations', 'export', '--lang', 'fr', '--rubric', pack, '-o', 'fr.po'], dir);
    const po = translate(readFileSync(join(dir, 'fr.po'), 'utf8'), '(pack)|scale.0.label', 'Inexistant');
    writeFileSync(join(dir, 'fr.po'), po);
    ok(['rubric', 'translations', 'import', 'fr.po', '--rubric', pack], dir);
    expect(readFileSync(overlay, 'utf8')).toMatch(/scale\.0\.label:\n\s+hash: "[0-9a-f]{8}"\n\s+text: Inexistant\n/);
    const listed = gret(['rubric', 'translations', pack, '--check'], { cwd: dir });
    expect(listed.code).toBe(1);
    expect(counts(listed.stdout, 'fr')).toEqual(before);
    expect(before[2]).toBe(1);

    writeFileSync(join(dir, 'fr.po'), translate(po, 'gender-in-ministry-digital-plan|levels.2', 'Le plan comporte au moins une action concrète pour les femmes.').replace('#, fuzzy\n', ''));
    ok(['rubric', 'translations', 'import', 'fr.po', '--rubric', pack], dir);
    expect(gret(['rubric', 'translations', pack, '--check'], { cwd: dir }).stderr).not.toMatch(/fr\.yaml/);
    expect(counts(gret(['rubric', 'translations', pack], { cwd: dir }).stdout, 'fr')).toEqual([(before[0] ?? 0) + 1, before[1], 0, 0]);
  });

  it('refuses a PO file naming a text the pack lacks, and leaves the overlay alone', () => {
    const { dir, pack, overlay } = packCopy();
    const before = readFileSync(overlay, 'utf8');
    ok(['rubric', 'translations', 'export', '--lang', 'fr', '--rubric', pack, '-o', 'fr.po'], dir);
    writeFileSync(join(dir, 'fr.po'), readFileSync(join(dir, 'fr.po'), 'utf8').replace('msgctxt "(pack)|title"', 'msgctxt "no-such-indicator|title"'));
    const run = gret(['rubric', 'translations', 'import', 'fr.po', '--rubric', pack], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/fr\.po: msgctxt "no-such-indicator\|title" names no text of the pack egov-women/);
    expect(readFileSync(overlay, 'utf8')).toBe(before);
  });
});

describe('gret rubric translations --check', () => {
  it('passes on the bundled packs', () => {
    const run = gret(['rubric', 'translations', '--check']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/fr\s+draft\s+\d+/);
  });

  it('names exactly the entry whose English level descriptor was edited, in each language, and exits 1', () => {
    const { dir, pack } = packCopy();
    editLevel2(pack);
    const run = gret(['rubric', 'translations', pack, '--check'], { cwd: dir });
    expect(run.code).toBe(1);
    const named = run.stderr.split('\n').filter((l) => l.includes('[TRANSLATION_'));
    expect(named).toEqual(
      ['fr', 'ru', 'th', 'zh-Hans'].map((lang) => expect.stringMatching(new RegExp(`^egov-women/i18n/${lang}\\.yaml:\\d+:5: warning: gender-in-ministry-digital-plan\\|levels\\.2: the English has changed`))),
    );
    expect(gret(['rubric', 'translations', pack], { cwd: dir }).code).toBe(0);
  });
});

describe('the language of a report', () => {
  const SAMPLE = join(ROOT, 'templates', 'sample-assessment.yaml');
  /** A folder holding a copy of the sample and the national profile it names. */
  const sampleFolder = (prefix: string): string => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    cpSync(join(ROOT, 'templates', 'sample-national-profile.yaml'), join(dir, 'sample-national-profile.yaml'));
    return dir;
  };

  it('follows --lang: the rubric and the wording in French, and the draft named in the method annex', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-lang-'));
    ok(['report', SAMPLE, '--lang', 'fr', '-o', 'r.md'], dir);
    const md = readFileSync(join(dir, 'r.md'), 'utf8');
    expect(md).toMatch(/Le genre dans le plan numérique propre au ministère/);
    expect(md).toMatch(/traduction provisoire en français, pas encore revue/);
    ok(['report', SAMPLE, '-o', 'en.md'], dir);
    expect(readFileSync(join(dir, 'en.md'), 'utf8')).not.toMatch(/native-speaking expert|traduction/);
  });

  it("follows the answers' meta.language, and --lang overrides it", () => {
    const dir = sampleFolder('gret-lang-');
    writeFileSync(join(dir, 'fr.yaml'), readFileSync(SAMPLE, 'utf8').replace(/^(\s+)language: en$/m, '$1language: fr'));
    expect(ok(['score', 'fr.yaml'], dir)).toMatch(/Le genre dans le plan numérique/);
    expect(ok(['score', 'fr.yaml', '--lang', 'en'], dir)).not.toMatch(/Le genre dans le plan numérique/);
  });

  it('keeps CSV and JSON figures in the form programs read, whatever the language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gret-lang-'));
    ok(['report', SAMPLE, '--lang', 'fr', '-o', 'fr', '--format', 'csv,json'], dir);
    ok(['report', SAMPLE, '-o', 'en', '--format', 'csv,json'], dir);
    const numbers = (text: string): string[] => text.match(/-?\d+[.,]\d+/g) ?? [];
    expect(numbers(readFileSync(join(dir, 'fr.plan.csv'), 'utf8'))).toEqual(numbers(readFileSync(join(dir, 'en.plan.csv'), 'utf8')));
    const fr = JSON.parse(readFileSync(join(dir, 'fr.json'), 'utf8')) as { overall: unknown; dimensions: { score: unknown }[] };
    const en = JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8')) as { overall: unknown; dimensions: { score: unknown }[] };
    expect(fr.dimensions.map((d) => d.score)).toEqual(en.dimensions.map((d) => d.score));
  });

  it('reads no translation file in English: a broken overlay fails French runs only', () => {
    const { dir, pack } = packCopy();
    cpSync(join(ROOT, 'templates', 'sample-national-profile.yaml'), join(dir, 'sample-national-profile.yaml'));
    writeFileSync(join(pack, 'i18n', 'fr.yaml'), 'language: fr\npack: egov-women\nstatus: reviewed\n');
    const answers = join(dir, 'a.yaml');
    writeFileSync(answers, readFileSync(SAMPLE, 'utf8'));
    expect(gret(['score', answers, '--rubric', pack], { cwd: dir }).code).toBe(0);
    const french = gret(['score', answers, '--rubric', pack, '--lang', 'fr'], { cwd: dir });
    expect(french.code).toBe(2);
    // Said in French, as the rest of the run is: the place and the code are what any language keeps.
    expect(french.stderr).toMatch(/fr\.yaml:3:1: une traduction relue nomme son relecteur .* \[REVIEW_UNSIGNED\]/);
  });
});

describe('a report in another language as PDF', () => {
  it('renders in French, with the French figures, every font embedded', async () => {
    const { extractPdf } = await import('../report/pdf-text.js');
    const dir = mkdtempSync(join(tmpdir(), 'gret-lang-pdf-'));
    ok(['report', join(ROOT, 'templates', 'sample-assessment.yaml'), '--lang', 'fr', '-o', 'r.pdf'], dir);
    const pdf = await extractPdf(readFileSync(join(dir, 'r.pdf')));
    const text = pdf.pages.map((p) => p.text).join('\n');
    expect(text).toMatch(/Résumé analytique/);
    expect(text).toMatch(/14 mars 2026/);
    expect(text).toMatch(/34,9/);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
  }, 180_000);
});
