import { canonicalTag } from '../core/translation/language-chain.js';
import { environmentLocale } from '../core/translation/environment-locale.js';
import { LANGUAGE_TAG } from '../core/patterns.js';
import { UserError } from '../core/errors.js';

/**
 * The language of one run: `--lang` first, then the language the answers file is kept in
 * (`meta.language`), then the environment's locale, then English. Whatever has no translation
 * falls back text by text (fr-CA → fr → en), so any tag is safe to give.
 */
export function runLanguage(flag: string | undefined, fileLanguage?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined) {
    const tag = canonicalTag(flag);
    if (!LANGUAGE_TAG.test(tag)) throw new UserError('USAGE', `--lang ${flag} is not a language tag.`, { hint: 'Give a tag such as fr, ru, zh-Hans or th.' });
    return tag;
  }
  return fileLanguage ?? environmentLocale(env) ?? 'en';
}
