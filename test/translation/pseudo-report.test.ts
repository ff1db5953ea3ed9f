import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatDate } from '../../src/core/translation/locale-format.js';
import { gret, ROOT } from '../e2e/run-gret.js';

/*
 * The whole sample report in the pseudo-locale, where every text gret translates comes out
 * accented and in brackets. What still reads as plain English letters must be what the
 * assessors typed (names, notes, evidence, agencies), which is never translated, or the
 * bibliography, whose entries name publications by their own titles. Anything else is a
 * string written in code instead of taken from the wording or the pack.
 */

const TYPED_KEYS = new Set(['ministry', 'country', 'assessors', 'answered_by', 'note', 'na_note', 'evidence', 'provided_by', 'agency']);

/** Every text under a typed key of an answers file, each line on its own. */
function typedTexts(node: unknown, typed = false): string[] {
  if (typeof node === 'string') return typed ? node.split('\n') : [];
  if (Array.isArray(node)) return node.flatMap((item) => typedTexts(item, typed));
  if (typeof node === 'object' && node !== null) return Object.entries(node).flatMap(([key, value]) => typedTexts(value, typed || TYPED_KEYS.has(key)));
  return [];
}

/** The text without the section that opens at `start`, up to the next `next`. */
function withoutSection(text: string, start: string, next: string): string {
  const from = text.indexOf(start);
  expect(from).toBeGreaterThan(0);
  return text.slice(0, from) + text.slice(text.indexOf(next, from + start.length));
}

/** The visible text of the web page: no script, style or embedded data, tags as line breaks. */
function pageText(page: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };
  return page
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<\/?span\b[^>]*>/g, '')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, name: string) => entities[name] ?? '');
}

/** The report's text with every pseudo-locale text, link target, anchor and typed text taken out, line by line. */
function plainRemainder(report: string, typed: readonly string[]): string[] {
  let text = report;
  // Pseudo texts end in tildes and may hold one another: "[Ţĥé [ĺéṽéĺ~] ~~]".
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/\[[^[\]]*~\]/g, '');
  }
  text = text.replace(/<a id="[^"]*"><\/a>/g, '').replace(/\]\(#[^)]*\)/g, ']');
  for (const t of [...typed].sort((a, b) => b.length - a.length)) if (t.trim().length > 0) text = text.split(t.trim()).join('');
  return text.split('\n').filter((line) => /[A-Za-z]{2,}/.test(line.replace(/sha256:[0-9a-f]+|<br>/g, '')));
}

describe('the report in the pseudo-locale', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gret-pseudo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const files = ['sample-assessment.yaml', 'sample-national-profile.yaml'].map((f) => parse(readFileSync(join(ROOT, 'templates', f), 'utf8')) as { meta: { date: string } });
  const look = parse(readFileSync(join(ROOT, 'templates', 'report', 'look.yaml'), 'utf8')) as { organisation: string };
  // A date is written by Intl in the locale's own way, not by a string of gret's; the organisation is a name.
  const typed = [...files.flatMap((f) => typedTexts(f)), ...files.map((f) => formatDate(f.meta.date, 'en-XA')), look.organisation];

  function report(format: string): string {
    const out = join(dir, `report.${format}`);
    const run = gret(['report', 'templates/sample-assessment.yaml', '--lang', 'en-XA', '--format', format, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return readFileSync(out, 'utf8');
  }

  it('has no text that bypasses the wording or the pack, in any section', () => {
    const markdown = withoutSection(report('md'), '<a id="bibliography"></a>', '<a id="').replace(/\\([[\]*_#()|<>`~-])/g, '$1');
    expect(markdown.length).toBeGreaterThan(50_000);
    expect(plainRemainder(markdown, typed)).toEqual([]);
  });

  it('has none on the web page either, where the renderer adds words of its own', () => {
    const page = pageText(withoutSection(report('html'), '<h2 id="bibliography"', '<h2 '));
    expect(plainRemainder(page, typed)).toEqual([]);
  });
});
