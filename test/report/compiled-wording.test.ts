import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledTemplate } from '../../src/cli/compiled-wording.js';
import { bundledTemplate, readTemplate } from '../../src/cli/load-template.js';

const LANGUAGES = ['en', 'fr', 'ru', 'zh-Hans', 'th'];

/** A copy of the bundled template folder, to edit. */
function copy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gret-wording-')), 'report');
  cpSync(bundledTemplate, dir, { recursive: true });
  return dir;
}

describe('the compiled bundled template (built by npm run build)', () => {
  it.each(LANGUAGES)('in %s is what loading and validating its files gives', async (language) => {
    expect(compiledTemplate(bundledTemplate, language)).toEqual(await readTemplate(bundledTemplate, () => {}, language));
  });

  it('is taken from an unchanged copy of the files', () => {
    expect(compiledTemplate(copy(), 'fr')).toBeDefined();
  });

  it('is not taken once a translation differs, so the edit shows', () => {
    const dir = copy();
    const file = join(dir, 'i18n', 'fr.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect(compiledTemplate(dir, 'fr')).toBeUndefined();
    expect(compiledTemplate(dir, 'en')).toBeDefined();
  });

  it('is not taken when the English wording or the look differs, or a file is gone', () => {
    const edited = copy();
    writeFileSync(join(edited, 'wording.yaml'), `# adapted\n${readFileSync(join(edited, 'wording.yaml'), 'utf8')}`);
    expect(compiledTemplate(edited, 'th')).toBeUndefined();
    const gone = copy();
    rmSync(join(gone, 'look.yaml'));
    expect(compiledTemplate(gone, 'en')).toBeUndefined();
  });

  it('is not taken when a translation appears that the language would now use', () => {
    const dir = copy();
    expect(compiledTemplate(dir, 'zh-Hans')).toBeDefined();
    // Chinese (Simplified) looks in zh.yaml first, which was not there when it was compiled.
    writeFileSync(join(dir, 'i18n', 'zh.yaml'), readFileSync(join(dir, 'i18n', 'zh-Hans.yaml'), 'utf8'));
    expect(compiledTemplate(dir, 'zh-Hans')).toBeUndefined();
  });

  it('names no file outside its folder, whatever the language says', () => {
    expect(compiledTemplate(bundledTemplate, '../../package')).toBeUndefined();
    expect(compiledTemplate(bundledTemplate, 'fr/../en')).toBeUndefined();
  });
});
