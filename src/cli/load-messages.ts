import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createMessages, flattenCatalog, type Catalog, type Messages } from '../core/messages/messages.js';
import { languageChain, PSEUDO_LOCALE } from '../core/translation/language-chain.js';
import { readYaml } from '../store/yaml-file.js';
import { packageRoot } from './package-root.js';

export const messagesFolder = join(packageRoot, 'templates', 'messages');

/**
 * The interface's words in `language`: templates/messages/en.yaml, and over it, message by
 * message, the catalogs of the chain (fr-CA.yaml, then fr.yaml) that exist. Read when a command
 * first has something to say, never by `gret --help`.
 */
export function loadMessages(language: string): Messages {
  const translations = languageChain(language)
    .filter((tag) => tag !== PSEUDO_LOCALE)
    .flatMap((tag) => readCatalog(tag) ?? []);
  const english = readCatalog('en');
  if (english === undefined) throw new Error(`${join(messagesFolder, 'en.yaml')} is missing from the package`);
  return createMessages(language, [...translations, english]);
}

export function readCatalog(tag: string): Catalog | undefined {
  const file = join(messagesFolder, `${tag}.yaml`);
  if (!existsSync(file)) return undefined;
  const data = readYaml(file, { key: 'files.messages' }).data;
  return flattenCatalog(typeof data === 'object' && data !== null ? (data as { messages?: unknown }).messages : undefined);
}
