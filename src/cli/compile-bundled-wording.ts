// Build step (npm run build): the bundled report template, loaded and validated once per language.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../store/read-text.js';
import { writeFile } from '../store/write-files.js';
import { COMPILED_WORDING, wordingFiles, type CompiledTemplate } from './compiled-wording.js';
import { loadMessages } from './load-messages.js';
import { bundledTemplate, readTemplate } from './load-template.js';

const languages = ['en', ...readdirSync(join(bundledTemplate, 'i18n')).flatMap((name) => (name.endsWith('.yaml') ? [name.slice(0, -'.yaml'.length)] : []))];
mkdirSync(COMPILED_WORDING, { recursive: true });
for (const language of languages) {
  const template = await readTemplate(bundledTemplate, (words) => process.stderr.write(`${language}: ${loadMessages('en').say(words)}\n`), language);
  // A logo is bytes, which JSON does not keep: such a template is loaded afresh each time.
  if (template.logo !== null) continue;
  const files = wordingFiles(language).map((name) => {
    const path = join(bundledTemplate, name);
    return { name, text: existsSync(path) ? readText(path, { key: 'files.bundled_wording' }) : null };
  });
  const compiled: CompiledTemplate = { files, template };
  writeFile(join(COMPILED_WORDING, `${language}.json`), JSON.stringify(compiled));
}
