import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { loadOverlay, translatedRubric } from '../../src/cli/load-translation.js';
import { UserError } from '../../src/core/errors.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { compareOverlay } from '../../src/core/translation/compare-overlay.js';
import { listTexts } from '../../src/core/translation/map-texts.js';
import { pseudoOverlay } from '../../src/core/translation/pseudo-locale.js';
import { textHash } from '../../src/core/translation/text-hash.js';
import { translateRubric } from '../../src/core/translation/translate-rubric.js';
import type { Rubric } from '../../src/core/types.js';
import { loadAnswers } from '../../src/store/load-answers.js';
import { overlayText } from '../../src/store/overlay-file.js';
import { dimension, indicator, rubric as buildRubric } from '../builders.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PACK = join(ROOT, 'rubrics', 'egov-women');
const { rubric: english } = await loadRubric(PACK, { compiled: false });

/** A copy of the bundled pack in a temporary folder, to edit its English or its overlay. */
function packCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gret-i18n-')), 'egov-women');
  cpSync(PACK, dir, { recursive: true });
  return dir;
}

function problems(fn: () => unknown): { code: string; at: string }[] {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.issues.map((i) => ({ code: i.code, at: `${i.position?.line}:${i.position?.col}` }));
  }
  throw new Error('expected a UserError');
}

describe('textHash', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('is FNV-1a of the UTF-8 bytes: %j → %s', (text, hash) => {
    expect(textHash(text)).toBe(hash);
  });

  it('tells texts apart that differ in one character outside ASCII', () => {
    expect(textHash('ministère')).not.toBe(textHash('ministére'));
    expect(textHash('女性')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('the texts a translation covers', () => {
  it('include the answer-type texts: options, checklist items, parity counts and units', () => {
    const choice = indicator('pick', { type: 'choice', options: [{ id: 'yes', label: 'Yes, fully', level: 4 }, { id: 'no', label: 'Not at all', level: 0 }] } as never);
    const unit = indicator('count', { type: 'number', unit: 'offices', thresholds: [{ min: 0, level: 0 }, { min: 5, level: 4 }] } as never);
    const fields = listTexts(buildRubric([dimension('d1', [choice, unit])])).map((t) => `${t.key.target}|${t.key.field}`);
    expect(fields).toEqual(expect.arrayContaining(['pick|options.yes.label', 'pick|options.no.label', 'count|unit', '(pack)|dimensions.d1.short_title', 'pick|recommendations.pick-quick.owner']));
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('cover every text of the bundled pack once', () => {
    const texts = listTexts(english);
    expect(texts.length).toBeGreaterThan(700);
    expect(new Set(texts.map((t) => `${t.key.target}|${t.key.field}`)).size).toBe(texts.length);
    const fields = new Set(texts.map((t) => t.key.field.split('.')[0]));
    expect([...fields].sort()).toEqual(
      ['bands', 'counts', 'crosswalk', 'description', 'dimensions', 'evidence', 'evidence_prompt', 'glossary', 'guidance', 'items', 'levels', 'question', 'recommendations', 'scale', 'title', 'why'].sort(),
    );
  });
});

describe('the bundled French overlay', () => {
  const loaded = loadOverlay(english, PACK, 'fr');

  it('validates with no warnings and is a draft', () => {
    expect(loaded?.warnings).toEqual([]);
    expect(loaded?.overlay.status).toBe('draft');
  });

  it('is written exactly as gret writes overlays', () => {
    if (loaded === undefined) throw new Error('no French overlay');
    expect(overlayText(english, loaded.overlay)).toBe(readFileSync(join(PACK, 'i18n', 'fr.yaml'), 'utf8'));
  });

  it('shows its texts to a reader of Canadian French, marked draft, with nothing left in English', () => {
    const { rubric } = translatedRubric(english, PACK, 'fr-CA');
    const plan = rubric.dimensions[0]?.indicators.find((i) => i.id === 'gender-in-ministry-digital-plan');
    expect(plan?.title).toBe('Le genre dans le plan numérique propre au ministère');
    expect(plan?.guidance).toMatch(/^Lire le plan numérique/);
    expect(loaded?.overlay.entries.length).toBe(listTexts(english).length);
    expect(rubric.translation).toEqual({ language: 'fr', status: 'draft', untranslated: 0 });
    expect(rubric.hash).toBe(english.hash);
  });
});

describe('an English edit', () => {
  it('makes exactly the entry translated from the old wording stale, shown in English', async () => {
    const dir = packCopy();
    const file = join(dir, 'institutions.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2: The plan contains at least one concrete action for women', '2: The plan holds at least one concrete action for women'));
    const { rubric: edited } = await loadRubric(dir, { compiled: false });
    const loaded = loadOverlay(edited, dir, 'fr');
    expect(loaded?.warnings.map((w) => `${w.code} ${w.path.join('/')}`)).toEqual(['TRANSLATION_STALE indicators/gender-in-ministry-digital-plan/levels.2']);
    expect(loaded?.warnings[0]?.position?.line).toBe(readFileSync(join(dir, 'i18n', 'fr.yaml'), 'utf8').split('\n').findIndex((l) => l.trim() === 'levels.2:') + 1);
    const shown = translateRubric(edited, loaded === undefined ? [] : [loaded.overlay]).dimensions[0]?.indicators.find((i) => i.id === 'gender-in-ministry-digital-plan');
    expect(shown?.levels[2]).toMatch(/^The plan holds at least one concrete action/);
    expect(shown?.levels[1]).toBe('Les femmes ou le genre sont mentionnés comme un principe, sans action associée.');
  });
});

describe('an overlay with a mistake', () => {
  const header = 'language: fr\npack: egov-women\nstatus: draft\n';
  const title = `texts:\n  title:\n    hash: "${textHash(english.title)}"\n    text: Titre\n`;
  it.each([
    ['another pack', 'language: fr\npack: other-pack\nstatus: draft\n', [['OVERLAY_WRONG_PACK', '2:1']]],
    ['another language', 'language: ru\npack: egov-women\nstatus: draft\n', [['OVERLAY_WRONG_LANGUAGE', '1:1']]],
    ['a review with no reviewer', 'language: fr\npack: egov-women\nstatus: reviewed\nreviewed: 2026-12-01\n', [['REVIEW_UNSIGNED', '3:1']]],
    ['a draft with a reviewer', `${header}reviewer: A. Expert\n`, [['DRAFT_WITH_REVIEW', '4:1']]],
    ['a hash YAML reads as a number', `${header}texts:\n  title:\n    hash: 12345678\n    text: Titre\n`, [['SCHEMA_INVALID_TYPE', '6:5']]],
    ['a misspelt key', `${header}texts:\n  title:\n    hash: "${textHash(english.title)}"\n    txet: Titre\n`, [['SCHEMA_INVALID_TYPE', '5:3'], ['UNKNOWN_KEY', '7:5']]],
    ['an empty text', `${header}texts:\n  title:\n    hash: "${textHash(english.title)}"\n    text: ""\n`, [['SCHEMA_TOO_SMALL', '7:5']]],
  ])('is refused with file:line:col: %s', (_, text, expected) => {
    const dir = packCopy();
    writeFileSync(join(dir, 'i18n', 'fr.yaml'), text);
    expect(problems(() => loadOverlay(english, dir, 'fr'))).toEqual(expected.map(([code, at]) => ({ code, at })));
  });

  it('names an entry for a text the pack does not have, as a warning', () => {
    const dir = packCopy();
    writeFileSync(join(dir, 'i18n', 'fr.yaml'), `${header}${title}indicators:\n  no-such-indicator:\n    title:\n      hash: "00000000"\n      text: Rien\n`);
    const loaded = loadOverlay(english, dir, 'fr');
    expect(loaded?.warnings.map((w) => [w.code, `${w.position?.line}:${w.position?.col}`])).toEqual([['TRANSLATION_UNKNOWN', '10:5']]);
    expect(compareOverlay(english, loaded?.overlay ?? pseudoOverlay(english)).unknown.map((e) => e.key.target)).toEqual(['no-such-indicator']);
  });
});

describe('scoring', () => {
  const answers = loadAnswers(join(ROOT, 'templates', 'sample-assessment.yaml'), english).answers;
  /** Every number and flag of the result, by its path, and the bands reached by position: all that scoring decides. */
  const numbers = (r: Rubric): unknown[] => {
    const a = scoreAssessment(r, answers, packTargets(r), { version: 'test' });
    const found: unknown[] = [r.bands.findIndex((b) => b.label === a.overall.band), a.dimensions.map((d) => r.bands.findIndex((b) => b.label === d.band))];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'number' || typeof value === 'boolean' || value === null) found.push(`${path}=${String(value)}`);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`));
      else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`);
    };
    walk(a, '');
    return found;
  };

  it('gives the same numbers in English, French and the pseudo-locale', () => {
    const inEnglish = numbers(english);
    expect(inEnglish.length).toBeGreaterThan(500);
    expect(numbers(translatedRubric(english, PACK, 'fr').rubric)).toEqual(inEnglish);
    const pseudo = translateRubric(english, [pseudoOverlay(english)]);
    expect(pseudo.dimensions[0]?.title).toMatch(/^\[Íñšţíţüţíöñàĺ çöɱɱíţɱéñţ/);
    expect(numbers(pseudo)).toEqual(inEnglish);
  });
});
