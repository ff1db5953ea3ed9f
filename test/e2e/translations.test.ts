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
    expect(ok(['rubric', 'translations', 'import', 'fr.po', '--rubric', pack], dir)).toMatch(/34 of \d+ texts translated, 1 stale, status reviewed/);
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

  it("takes a translator's work: a new text, and a fuzzy one cleared, become current; one left fuzzy stays stale", () => {
    const { dir, pack, overlay } = packCopy();
    editLevel2(pack);
    ok(['rubric', 'translations', 'export', '--lang', 'fr', '--rubric', pack, '-o', 'fr.po'], dir);
    const po = readFileSync(join(dir, 'fr.po'), 'utf8')
      .replace('msgctxt "(pack)|scale.0.label"\nmsgid "Absent"\nmsgstr "Absent"', 'msgctxt "(pack)|scale.0.label"\nmsgid "Absent"\nmsgstr "Inexistant"')
      .replace(/(msgctxt "\(pack\)\|bands\.0\.meaning"\n(?:.*\n)*?msgstr )""/, '$1"Le numérique public est conçu sans égard aux différences entre femmes et hommes."');
    writeFileSync(join(dir, 'fr.po'), po);
    ok(['rubric', 'translations', 'import', 'fr.po', '--rubric', pack], dir);
    expect(readFileSync(overlay, 'utf8')).toMatch(/bands\.0\.meaning:\n\s+hash: "[0-9a-f]{8}"\n\s+text: (>-\n\s+)?Le numérique public/);
    expect(readFileSync(overlay, 'utf8')).toMatch(/text: Inexistant/);
    const listed = gret(['rubric', 'translations', pack, '--check'], { cwd: dir });
    expect(listed.code).toBe(1);
    expect(listed.stdout).toMatch(/fr\s+draft\s+35\s+808\s+1\s+0/);

    writeFileSync(join(dir, 'fr.po'), po.replace('#, fuzzy\n', ''));
    ok(['rubric', 'translations', 'import', 'fr.po', '--rubric', pack], dir);
    expect(gret(['rubric', 'translations', pack, '--check'], { cwd: dir }).code).toBe(0);
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

  it('names exactly the entry whose English level descriptor was edited, and exits 1', () => {
    const { dir, pack } = packCopy();
    editLevel2(pack);
    const run = gret(['rubric', 'translations', pack, '--check'], { cwd: dir });
    expect(run.code).toBe(1);
    const named = run.stderr.split('\n').filter((l) => l.includes('[TRANSLATION_'));
    expect(named).toEqual([expect.stringMatching(/^egov-women\/i18n\/fr\.yaml:\d+:5: warning: gender-in-ministry-digital-plan\|levels\.2: the English has changed/)]);
    expect(gret(['rubric', 'translations', pack], { cwd: dir }).code).toBe(0);
  });
});
