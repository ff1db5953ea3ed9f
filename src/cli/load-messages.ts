import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessages, flattenCatalog, type Catalog, type Messages } from '../core/messages/messages.js';
import { languageChain, PSEUDO_LOCALE } from '../core/translation/language-chain.js';
import { readYaml } from '../store/yaml-file.js';
import { packageRoot } from './package-root.js';

export const messagesFolder = join(packageRoot, 'templates', 'messages');

/** Where the build keeps each catalog as JSON: see compile-message-catalogs.ts. */
export const compiledCatalogs = join(packageRoot, 'dist', 'messages');

/** A catalog as the build compiled it, with the very text of the YAML file it was read from. */
export interface CompiledCatalog {
  readonly text: string;
  readonly messages: Readonly<Record<string, string>>;
}

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

/**
 * One language's catalog. Its compiled copy is taken only when the YAML file is still the very
 * text it was compiled from, so an edited catalog is always read as edited; parsing the YAML of
 * 650 messages costs a command's start-up more than reading and comparing the text does.
 */
export function readCatalog(tag: string): Catalog | undefined {
  const file = join(messagesFolder, `${tag}.yaml`);
  if (!existsSync(file)) return undefined;
  const compiled = join(compiledCatalogs, `${tag}.json`);
  if (existsSync(compiled)) {
    const copy = JSON.parse(readFileSync(compiled, 'utf8')) as CompiledCatalog;
    if (copy.text === readFileSync(file, 'utf8')) return new Map(Object.entries(copy.messages));
  }
  return parseCatalog(file);
}

export function parseCatalog(file: string): Catalog {
  const data = readYaml(file, { key: 'files.messages' }).data;
  return flattenCatalog(typeof data === 'object' && data !== null ? (data as { messages?: unknown }).messages : undefined);
}
