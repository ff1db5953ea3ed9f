import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { UserError, type Excerpt } from '../../src/core/errors.js';
import type { Words } from '../../src/core/messages/messages.js';
import { decodeText } from '../../src/store/read-text.js';
import { MAX_DEPTH } from '../../src/store/yaml-depth.js';
import { parseYaml, parseYamlFully } from '../../src/store/yaml-file.js';
import { parseYamlSubset } from '../../src/store/yaml-subset.js';
import { holdsControlChar } from '../fixtures/holds-control-char.js';

/*
 * The fast reader (yaml-subset.ts, tried first by parseYaml) against the `yaml` package alone
 * (parseYamlFully), over thousands of seeded mutations of the sample answers file and of the
 * packs: both must accept and reject the same texts, with the same data, warnings and messages.
 * The mutations aim at what YAML reads in surprising ways, and at random edits besides.
 */

const root = join(import.meta.dirname, '..', '..');
const packFiles = (dir: string): string[] =>
  readdirSync(join(root, dir))
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => join(dir, n));
const sources = ['templates/sample-assessment.yaml', ...packFiles('rubrics/egov-women'), ...packFiles('test/fixtures/mini-pack')].map((path) => ({
  path,
  lines: readFileSync(join(root, path), 'utf8').split('\n'),
}));

/** A small seeded generator, so that every run tries the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

type Next = () => number;
const pick = <T>(next: Next, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const indentOf = (line: string): number => line.length - line.replace(/^ +/, '').length;

/**
 * A piece of a source that is a YAML mapping of its own: a mapping entry with the lines that
 * belong to it and a few of its siblings, moved to the left margin. Small pieces keep each case
 * fast, so the corpus can be large; whole files are tried too.
 */
function excerpt(next: Next): string[] {
  const { lines } = pick(next, sources);
  if (next() < 0.03) return [...lines];
  const starts = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^ *[\w-]+:( |$)/.test(l));
  const { l: first, i: start } = pick(next, starts);
  const indent = indentOf(first);
  const length = 5 + Math.floor(next() * 60);
  const taken: string[] = [];
  for (let i = start; i < lines.length && taken.length < length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() !== '' && indentOf(line) < indent) break;
    if (line.trim() !== '' && indentOf(line) === indent && line.trimStart().startsWith('- ')) break;
    taken.push(line.slice(Math.min(indent, indentOf(line))));
  }
  return taken;
}

const valueLines = (lines: readonly string[]): number[] =>
  lines.flatMap((l, i) => (/^ *(- )?[\w-]+: \S/.test(l) && !/: [|>]/.test(l) ? [i] : []));
const keyLines = (lines: readonly string[]): number[] => lines.flatMap((l, i) => (/^ *(- )?[\w-]+:( |$)/.test(l) ? [i] : []));

/** Replaces the value of a random `key: value` line (or of the first line when there is none). */
function setValue(lines: string[], next: Next, value: (old: string) => string): string[] {
  const candidates = valueLines(lines);
  const i = candidates.length === 0 ? 0 : pick(next, candidates);
  const line = lines[i] ?? '';
  const colon = line.indexOf(': ');
  const copy = [...lines];
  copy[i] = colon === -1 ? `${line}: ${value('')}` : `${line.slice(0, colon + 2)}${value(line.slice(colon + 2))}`;
  return copy;
}

function insertAt(lines: string[], i: number, ...added: string[]): string[] {
  return [...lines.slice(0, i), ...added, ...lines.slice(i)];
}

const ALPHABET = [' ', ' ', '\n', '-', ':', ': ', '#', ' #', "'", '"', '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '?', '%', '@', '`', '\\', '\t', '\r', '\u00a0', '~', '0', '7', '.', 'x', 'é', '<<'];
const WORDS = ['yes', 'no', 'null', '~', 'true', 'False', '0', '-0', '007', '0o17', '0x1F', '1e3', '.5', '1.', '+12', '-.inf', '.NaN', '2026-03-14', '1.1.0', 'Ministry', "it's", 'a,b', '[x]', '{y}', 'a: b', 'x #y', '50%'];

// Each mutation: a name, and what it does to the lines of an excerpt.
const mutations: [string, (lines: string[], next: Next) => string[] | Uint8Array][] = [
  [
    'tabs',
    (lines, next) => {
      const i = pick(next, keyLines(lines).concat(0));
      const copy = [...lines];
      const line = copy[i] ?? '';
      copy[i] = next() < 0.5 ? line.replace(/^ /, '\t') : `${line.slice(0, Math.floor(next() * line.length))}\t${line.slice(Math.floor(next() * line.length))}`;
      return copy;
    },
  ],
  ['": " inside plain text', (lines, next) => setValue(lines, next, (old) => `${old.slice(0, 1 + Math.floor(next() * old.length))}: ${old.slice(1)}`)],
  [
    'duplicate keys',
    (lines, next) => {
      const i = pick(next, keyLines(lines).concat(0));
      return insertAt(lines, i + 1 + Math.floor(next() * 3), lines[i] ?? '');
    },
  ],
  ['keys that resolve alike', (lines, next) => insertAt(lines, lines.length, pick(next, ['1: a', '"1": a', '01: a', '0x1: a', 'true: a', '~: a', '1.0: a', '__proto__: a', 'toString: a']), pick(next, ['1: b', '"1": b', 'x: b', 'null: b', '__proto__: { polluted: 1 }']))],
  [
    'aliases',
    (lines, next) => {
      const values = valueLines(lines);
      if (values.length < 2) return setValue(lines, next, () => '*missing');
      const [a, b] = [pick(next, values), pick(next, values)].sort((x, y) => x - y) as [number, number];
      const copy = [...lines];
      copy[a] = (copy[a] ?? '').replace(': ', pick(next, [': &a ', ': &a\n', ': & ']));
      copy[b] = `${(copy[b] ?? '').slice(0, (copy[b] ?? '').indexOf(': ') + 2)}${pick(next, ['*a', '*b', '*a*', '*a #x', '[*a, *a]'])}`;
      return copy.join('\n').split('\n');
    },
  ],
  [
    'the alias limit',
    (lines, next) => {
      const levels = 2 + Math.floor(next() * 4);
      const width = 2 + Math.floor(next() * 6);
      const bomb = ['bomb0: &b0 [x, y]'];
      for (let k = 1; k <= levels; k++) bomb.push(`bomb${k}: &b${k} [${Array.from({ length: width }, () => `*b${k - 1}`).join(', ')}]`);
      return [...lines, ...bomb];
    },
  ],
  ['custom tags', (lines, next) => setValue(lines, next, (old) => `${pick(next, ['!important', '!!str', '!!int', '!!binary', '!', '!<tag:x>', '!!map'])} ${old}`)],
  [
    'merge keys',
    (lines, next) => {
      const i = pick(next, keyLines(lines).concat(0));
      const indent = ' '.repeat(indentOf(lines[i] ?? ''));
      return insertAt(lines, i, `${indent}${pick(next, ['<<: { extra: 1 }', '<<: *a', '"<<": x', '<<: [ { a: 1 } ]'])}`);
    },
  ],
  ['byte-order mark', (lines, next) => (next() < 0.7 ? [`\ufeff${lines[0] ?? ''}`, ...lines.slice(1)] : insertAt(lines, 1 + Math.floor(next() * lines.length), '\ufeff'))],
  [
    'invalid UTF-8',
    (lines, next) => {
      const bytes = new TextEncoder().encode(lines.join('\n'));
      const bad = pick(next, [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]]);
      const at = Math.floor(next() * bytes.length);
      return Uint8Array.from([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)]);
    },
  ],
  [
    'deep nesting',
    (lines, next) => {
      const depth = MAX_DEPTH - 4 + Math.floor(next() * 8);
      if (next() < 0.5) return setValue(lines, next, (old) => `${'['.repeat(depth)}${old.replace(/[[\]{},]/g, '')}${']'.repeat(depth)}`);
      const nested = Array.from({ length: depth }, (_, k) => `${'  '.repeat(k)}${next() < 0.3 ? '- ' : ''}level${k}:`);
      return [...lines, ...nested.map((l, k) => (k === depth - 1 ? `${l} end` : l))];
    },
  ],
  [
    'very long lines',
    (lines, next) => {
      const length = pick(next, [1000, 1030, 5000, 20000]);
      const long = 'women and girls '.repeat(Math.ceil(length / 16)).slice(0, length).trimEnd();
      if (next() < 0.3) return [...lines, `${long.replace(/ /g, '-')}: x`];
      return setValue(lines, next, () => (next() < 0.5 ? long : `"${long}"`));
    },
  ],
  ['CR LF line ends', (lines, next) => (next() < 0.5 ? lines.map((l) => `${l}\r`) : insertAt(lines, Math.floor(next() * lines.length), 'stray: line\r'))],
  [
    'non-breaking spaces',
    (lines, next) => {
      const i = pick(next, keyLines(lines).concat(0));
      const copy = [...lines];
      copy[i] = next() < 0.5 ? (copy[i] ?? '').replace(/^ /, '\u00a0') : (copy[i] ?? '').replace(': ', next() < 0.5 ? '\u00a0: ' : ':\u00a0');
      return copy;
    },
  ],
  ['document markers and directives', (lines, next) => insertAt(lines, Math.floor(next() * (lines.length + 1)), pick(next, ['---', '...', '--- # x', '%YAML 1.2', '%TAG ! tag:x', '----', '...x']))],
  ['a comment that cuts text', (lines, next) => setValue(lines, next, (old) => `${old}${pick(next, [' #12', ' # note', '#12', ' #', '  #x', ' #\u00a0x'])}`)],
  [
    'quoted text',
    (lines, next) =>
      setValue(lines, next, (old) => {
        const body = old.replace(/["'\\]/g, '');
        return pick(next, [`"${body}"`, `'${body}'`, `"${body}\\" end"`, `"\\x41\\u00e9\\t\\n${body}"`, `'it''s ${body}'`, `"${body}`, `'${body}`, `"${body}" tail`, `"${body}"#c`, `"\\q"`, `"\\U0001F600"`, `"\\/\\0"`, `"${body}\\r"`, `"\\u0007${body}"`, `"\\u0085"`]);
      }),
  ],
  ['plain words that YAML reads as other types', (lines, next) => setValue(lines, next, () => `${pick(next, WORDS)}${next() < 0.2 ? ` ${pick(next, WORDS)}` : ''}`)],
  [
    'flow collections',
    (lines, next) =>
      setValue(lines, next, () => pick(next, ['[a, b]', '[a, b,]', '[a,, b]', '{ a: 1, b: 2 }', '{ a: 1, a: 2 }', '{a:1}', '{ "a": x }', '[ [x], {y: z} ]', '{ a }', '[a: b]', '{ url: http://x.y }', '[a, b', '[] x', '{ a: [1, 2], b: { c: d } } # ok', '[ -1, - 2 ]'])),
  ],
  [
    'block scalars',
    (lines, next) => {
      const blocks = lines.flatMap((l, i) => (/: [|>]/.test(l) ? [i] : []));
      if (blocks.length === 0) return setValue(lines, next, () => `${pick(next, ['|', '>', '|-', '>-'])}\n      text one\n      text two`);
      const i = pick(next, blocks);
      const copy = [...lines];
      const edit = Math.floor(next() * 6);
      if (edit === 0) copy[i] = (copy[i] ?? '').replace(/[|>]-?.*$/, pick(next, ['|', '>', '|-', '|+', '>+', '>2', '|1-', '> # c', '>-x']));
      else if (edit === 1) copy[i + 1] = ` ${copy[i + 1] ?? ''}`;
      else if (edit === 2) copy[i + 2] = (copy[i + 2] ?? '').slice(1);
      else if (edit === 3) copy[i + 1] = `${copy[i + 1] ?? ''}  `;
      else if (edit === 4) return insertAt(copy, i + 2, pick(next, ['', '   ', '          ', '  # inside']));
      else return insertAt(copy, i + 1, '');
      return copy;
    },
  ],
  [
    'text over several lines',
    (lines, next) => {
      const values = valueLines(lines);
      if (values.length === 0) return lines;
      const i = pick(next, values);
      const line = lines[i] ?? '';
      const colon = line.indexOf(': ');
      const head = line.slice(0, colon + 2);
      const body = line.slice(colon + 2);
      const quote = pick(next, ['', '', '"', "'"]);
      const words = `${quote}${body.replace(/["'\\]/g, '')} ${pick(next, WORDS)} and more words${quote}`.split(' ');
      const keyIndent = indentOf(line) + (line.trimStart().startsWith('- ') ? 2 : 0);
      const breaks = 1 + Math.floor(next() * 3);
      // Trailing spaces are folded away; a backslash at the end escapes the line break in double quotes.
      const out = [`${head}${words.slice(0, 2).join(' ')}${next() < 0.2 ? pick(next, ['  ', '\\', '\\ ']) : ''}`];
      for (let k = 0; k < breaks; k++) {
        const roll = next();
        if (roll < 0.15) out.push(pick(next, ['', '   ', ' '.repeat(keyIndent + 6)]));
        else if (roll < 0.22) out.push(`${' '.repeat(keyIndent + 2)}${pick(next, ['# a comment', '#x'])}`);
        const indent = keyIndent + pick(next, [2, 2, 2, 4, 1, 0, -1]);
        const start = next() < 0.15 ? `${pick(next, ALPHABET)}` : '';
        out.push(`${' '.repeat(Math.max(0, indent))}${start}${words.slice(2 + k, 3 + k + Math.floor(next() * 3)).join(' ')}${next() < 0.1 ? ' ' : ''}`);
      }
      out.push(`${' '.repeat(keyIndent + 2)}${words.slice(2 + breaks + 2).join(' ')}`);
      return [...lines.slice(0, i), ...out, ...lines.slice(i + 1)];
    },
  ],
  [
    'flow collections over several lines',
    (lines, next) => {
      const values = valueLines(lines);
      if (values.length === 0) return lines;
      const i = pick(next, values);
      const line = lines[i] ?? '';
      const keyIndent = indentOf(line) + (line.trimStart().startsWith('- ') ? 2 : 0);
      const pieces = pick(next, [['[', 'a b,', 'c', ']'], ['[a,', 'b]'], ['{ x: 1,', 'y: two words }'], ['[', '"quoted', 'text",', "'single'", ']'], ['[a', 'b]'], ['[', 'a', 'b c', ']'], ['[ [x,', 'y], z ]']]);
      const tail = (): string => (next() < 0.2 ? pick(next, ['  ', ' # c', ' #c']) : '');
      const out = [`${line.slice(0, line.indexOf(': ') + 1)}${next() < 0.3 ? '' : ` ${pieces[0] ?? ''}${tail()}`}`];
      const rest = out[0]?.endsWith(':') ? pieces : pieces.slice(1);
      for (const piece of rest) {
        const roll = next();
        if (roll < 0.08) out.push('');
        else if (roll < 0.14) out.push(`${' '.repeat(keyIndent + 2)}# a comment`);
        const indent = keyIndent + pick(next, [2, 2, 2, 4, 1, 0]);
        out.push(`${' '.repeat(indent)}${piece}${tail()}`);
      }
      return [...lines.slice(0, i), ...out, ...lines.slice(i + 1)];
    },
  ],
  [
    'folded by a YAML writer',
    (lines, next) => {
      const doc = parseDocument(lines.join('\n'));
      if (doc.errors.length > 0) return lines;
      return doc.toString({ lineWidth: 20 + Math.floor(next() * 60), minContentWidth: 0, flowCollectionPadding: false }).split('\n');
    },
  ],
  [
    'random characters',
    (lines, next) => {
      let text = lines.join('\n');
      const edits = 1 + Math.floor(next() * 3);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(next() * text.length);
        const roll = next();
        text = roll < 0.4 ? text.slice(0, at) + pick(next, ALPHABET) + text.slice(at) : roll < 0.7 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + pick(next, ALPHABET) + text.slice(at + 1);
      }
      return text.split('\n');
    },
  ],
  [
    'random line edits',
    (lines, next) => {
      const copy = [...lines];
      const i = Math.floor(next() * copy.length);
      const j = Math.floor(next() * copy.length);
      switch (Math.floor(next() * 6)) {
        case 0:
          copy.splice(i, 1);
          break;
        case 1:
          copy.splice(i, 0, copy[j] ?? '');
          break;
        case 2:
          [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
          break;
        case 3:
          copy[i] = `${' '.repeat(1 + Math.floor(next() * 2))}${copy[i] ?? ''}`;
          break;
        case 4:
          copy[i] = (copy[i] ?? '').replace(/^ {1,2}/, '');
          break;
        default:
          copy.splice(i, 2, `${copy[i] ?? ''} ${(copy[i + 1] ?? '').trimStart()}`);
      }
      return copy;
    },
  ],
];

type Outcome = { ok: true; data: unknown; warnings: unknown } | { ok: false; code: string; words: Words; issues: unknown; hint: Words | undefined; excerpt: Excerpt | undefined };

function outcome(read: () => { data: unknown; warnings: unknown }): Outcome {
  try {
    const { data, warnings } = read();
    return { ok: true, data, warnings };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ok: false, code: error.code, words: error.words, issues: error.issues, hint: error.hint, excerpt: error.excerpt };
  }
}

const CASES_PER_MUTATION = 150;

describe('the fast YAML reader against the yaml package', () => {
  it(`agrees on ${mutations.length * CASES_PER_MUTATION} mutated answers files and packs`, () => {
    const next = random(20261201);
    const disagreements: string[] = [];
    const tally = { bothAccept: 0, bothReject: 0, fastSure: 0 };
    for (const [name, mutate] of mutations) {
      for (let k = 0; k < CASES_PER_MUTATION; k++) {
        const mutated = mutate(excerpt(next), next);
        const bytes = mutated instanceof Uint8Array ? mutated : new TextEncoder().encode(mutated.join('\n'));
        // What readYaml does to the bytes first; a file it refuses never reaches either reader.
        const decoded = outcome(() => ({ data: decodeText('a.yaml', { key: 'files.assessment' }, bytes), warnings: [] }));
        // An undecodable file is also read with replacement characters, as an editor would show it.
        const text = decoded.ok ? String(decoded.data) : new TextDecoder().decode(bytes);
        const sure = parseYamlSubset(text);
        if (sure !== undefined) tally.fastSure += 1;
        // Its promise to the checks after it (YamlFile.controlFree).
        if (sure !== undefined && holdsControlChar(sure)) disagreements.push(`${name} #${k}: the fast reader gave a control character:\n${text.slice(0, 2000)}`);
        const fast = outcome(() => parseYaml('a.yaml', text, { key: 'files.assessment' }));
        const full = outcome(() => parseYamlFully('a.yaml', text, { key: 'files.assessment' }));
        if (fast.ok && full.ok) tally.bothAccept += 1;
        if (!fast.ok && !full.ok) tally.bothReject += 1;
        if (!isDeepStrictEqual(fast, full)) disagreements.push(`${name} #${k}:\n${text.slice(0, 2000)}\nfast: ${JSON.stringify(fast).slice(0, 300)}\nfull: ${JSON.stringify(full).slice(0, 300)}`);
      }
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    // The corpus is worth something only if both readers meet texts they accept and texts they reject,
    // and the fast one is sure of a good part of them.
    const total = mutations.length * CASES_PER_MUTATION;
    expect(tally.fastSure).toBeGreaterThan(total * 0.2);
    expect(tally.bothAccept).toBeGreaterThan(total * 0.25);
    expect(tally.bothReject).toBeGreaterThan(total * 0.25);
  });

  it('is sure of the sample answers file and of every bundled pack file', () => {
    for (const { path, lines } of sources) {
      const text = lines.join('\n');
      const data = parseYamlSubset(text);
      expect([path, data]).toEqual([path, parseYamlFully(path, text, { key: 'files.assessment' }).data]);
    }
  });

  it('leaves to the yaml package every escape that writes a control character, and vouches for the rest', () => {
    for (const escape of ['\\0', '\\r', '\\a', '\\e', '\\x07', '\\u0000', '\\u001b', '\\u007f', '\\u0085', '\\u009F']) {
      const text = `note: "say ${escape} it"\n`;
      expect([escape, parseYamlSubset(text)]).toEqual([escape, undefined]);
      expect(parseYaml('a.yaml', text, { key: 'files.assessment' }).controlFree).toBe(false);
    }
    const plain = parseYaml('a.yaml', 'note: "tab\\there, line\\nbreak, \\u00e9t\\u00e9"\n', { key: 'files.assessment' });
    expect(plain).toMatchObject({ data: { note: 'tab\there, line\nbreak, été' }, controlFree: true });
  });

  it('is sure of long texts folded over lines, as gret writes them into answers files', () => {
    const text = parseDocument(readFileSync(join(root, 'templates/sample-assessment.yaml'), 'utf8')).toString({ lineWidth: 40, flowCollectionPadding: false });
    expect(text).toMatch(/\n {6}\S/);
    expect(parseYamlSubset(text)).toEqual(parseYamlFully('a.yaml', text, { key: 'files.assessment' }).data);
  });
});
