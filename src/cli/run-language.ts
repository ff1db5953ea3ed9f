import { canonicalTag } from '../core/translation/language-chain.js';
import { environmentLocale } from '../core/translation/environment-locale.js';
import { LANGUAGE_TAG } from '../core/patterns.js';
import { UserError } from '../core/errors.js';

/** The language this run settled on, for the words of an error that stops it later. */
let settled: string | undefined;

/**
 * The language of one run: `--lang` first, then the language the answers file is kept in
 * (`meta.language`), then the environment's locale, then English. Whatever has no translation
 * falls back text by text (fr-CA → fr → en), so any tag is safe to give.
 */
export function runLanguage(flag: string | undefined, fileLanguage?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined) {
    const tag = canonicalTag(flag);
    if (!LANGUAGE_TAG.test(tag)) throw new UserError('USAGE', { key: 'errors.usage.lang', values: { flag } }, { hint: { key: 'errors.usage.lang_hint' } });
    settled = tag;
    return tag;
  }
  settled = fileLanguage ?? environmentLocale(env) ?? 'en';
  return settled;
}

/**
 * The language to say an error in: the run's, once the command has settled it; before that
 * (a file that cannot be read, a flag that is wrong) the --lang given, else the environment's.
 */
export function errorLanguage(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  if (settled !== undefined) return settled;
  const at = argv.findIndex((word) => word === '--lang' || word.startsWith('--lang='));
  const flag = at === -1 ? undefined : argv[at]?.startsWith('--lang=') === true ? argv[at]?.slice('--lang='.length) : argv[at + 1];
  const tag = flag === undefined ? undefined : canonicalTag(flag);
  return tag !== undefined && LANGUAGE_TAG.test(tag) ? tag : (environmentLocale(env) ?? 'en');
}
