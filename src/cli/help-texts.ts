import { readFileSync } from 'node:fs';
import { LANGUAGE_TAG } from '../core/patterns.js';
import { environmentLocale } from '../core/translation/environment-locale.js';
import { canonicalTag, languageChain, PSEUDO_LOCALE } from '../core/translation/language-chain.js';

/*
 * `gret --help`, `gret <command> --help`, `gret help <command>` and `gret --version`, answered
 * from the texts commander wrote at build time (write-help-texts.ts), so that asking for help
 * costs no more than starting Node: loading commander alone costs a fifth of that again. Each
 * language's texts are a file of their own, and a run reads only its own. Any other command
 * line goes to the full program, and so does a terminal whose width would wrap the text
 * differently from both stored forms.
 */

/** What the program printed for one command line: on standard output at 80 columns and unwrapped, each as an index into the texts. */
export interface HelpAnswer {
  readonly code: number;
  /** Standard output at 80 columns, the width commander uses when it is not told one. */
  readonly at80: number;
  /** Standard output on a terminal wide enough for no line to wrap. */
  readonly unwrapped: number;
  /** The widest line of `unwrapped`, in columns on screen: from this width up, commander wraps nothing. */
  readonly unwrappedWidth: number;
}

/**
 * One language's answers, per command line (as JSON of its words after `gret`). The ways of
 * asking for one command's help share its texts, each kept once: the less there is to parse,
 * the sooner help shows.
 */
export interface HelpTexts {
  readonly answers: Readonly<Record<string, HelpAnswer>>;
  readonly texts: readonly string[];
}

/**
 * Where the build keeps the answers in one language (one of the catalogs' tags): dist/help, found
 * alike from this module in dist/cli and from the single file the build bundles it into, in
 * dist/program (scripts/bundle-program.js), which bin/gret.js loads.
 */
export function helpTextsFile(tag: string): URL {
  return new URL(`../help/${tag}.json`, import.meta.url);
}

/** The text for these words on a terminal of this width (undefined: not a terminal), or undefined for the full program. */
export function helpFor(stored: HelpTexts, words: readonly string[], width: number | undefined): { text: string; code: number } | undefined {
  const answer = stored.answers[JSON.stringify(words)];
  if (answer === undefined) return undefined;
  const text = width === undefined || width === 80 ? stored.texts[answer.at80] : width >= answer.unwrappedWidth ? stored.texts[answer.unwrapped] : undefined;
  return text === undefined ? undefined : { text, code: answer.code };
}

/**
 * The language help is asked in, as the program chooses it, and the words that ask. `--lang` is
 * taken only at the end of the line, where every command reads it alike; elsewhere (`gret
 * --lang th score --help`) the words are none that are stored, and the program answers them.
 */
export function helpLanguage(words: readonly string[], env: NodeJS.ProcessEnv): { language: string; words: readonly string[] } | undefined {
  const last = words.at(-1) ?? '';
  const [flag, rest] = last.startsWith('--lang=') ? [last.slice('--lang='.length), words.slice(0, -1)] : words.at(-2) === '--lang' ? [last, words.slice(0, -2)] : [undefined, words];
  if (flag === undefined) return { language: environmentLocale(env) ?? 'en', words };
  const tag = canonicalTag(flag);
  return LANGUAGE_TAG.test(tag) ? { language: tag, words: rest } : undefined;
}

/** The stored answers in the file of the nearest language that has one (fr-CA → fr), else English, as the catalogs fall back. */
function readTexts(language: string): HelpTexts | undefined {
  for (const tag of [...languageChain(language), 'en']) {
    try {
      return JSON.parse(readFileSync(helpTextsFile(tag), 'utf8')) as HelpTexts;
    } catch {
      // No texts in this language: the next in the chain. A build without any still works, only slower.
    }
  }
  return undefined;
}

/** Answers the command line if it asks only for help or the version; false when the full program must run. */
export function answerHelp(words: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const asked = helpLanguage(words, env);
  // The pseudo-locale of the tests has no stored texts: the program makes it from the English.
  if (asked === undefined || asked.language === PSEUDO_LOCALE) return false;
  const texts = readTexts(asked.language);
  const found = texts === undefined ? undefined : helpFor(texts, asked.words, process.stdout.isTTY ? process.stdout.columns : undefined);
  if (found === undefined) return false;
  // `gret --help | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.stdout.write(found.text);
  process.exitCode = found.code;
  return true;
}
