import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every function, constant, class and enum a module of src/ exports is named in some other file
 * of the program, its tests, its scripts or its bench: an export nothing uses is either dead or
 * private to its module. Types are left out, as a module exports the types of its signatures.
 * Names are matched as words, which is enough to find an export that no file mentions.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['src', 'test', 'scripts', 'bench', 'bin'];
const SOURCE = /\.(ts|js|mjs|cjs)$/;
const VALUE_EXPORT = /^export (?:async )?(?:function\*?|const|let|class|enum) ([A-Za-z_$][\w$]*)/gm;

function filesIn(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !e.parentPath.includes('fixtures'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The exports of `text` that no file but `self` names, given each file's words. */
function unusedExports(self: string, text: string, wordsOf: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return [...text.matchAll(VALUE_EXPORT)].flatMap(([, name]) => (name === undefined || [...wordsOf].some(([file, words]) => file !== self && words.has(name)) ? [] : [name]));
}

const texts = new Map(FOLDERS.flatMap(filesIn).map((file) => [file, readFileSync(join(ROOT, file), 'utf8')] as const));
const wordsOf = new Map([...texts].map(([file, text]) => [file, new Set(text.match(/[\w$]+/g))] as const));

describe('exports', () => {
  it('finds an export that only its own module names', () => {
    const planted = 'export function helper() {}\nexport const shared = helper;\n';
    const tree = new Map([
      ['src/planted.ts', new Set(planted.match(/[\w$]+/g))],
      ['src/other.ts', new Set(['import', 'shared', 'from'])],
    ]);
    expect(unusedExports('src/planted.ts', planted, tree)).toEqual(['helper']);
  });

  it('are each used outside the module that exports them', () => {
    const unused = [...texts].filter(([file]) => file.startsWith('src/')).flatMap(([file, text]) => unusedExports(file, text, wordsOf).map((name) => `${file}: ${name}`));
    expect(unused).toEqual([]);
  });
});
