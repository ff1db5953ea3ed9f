import { readFileSync } from 'node:fs';

/*
 * `gret --help`, `gret <command> --help`, `gret help <command>` and `gret --version`, answered
 * from the texts commander wrote at build time (write-help-texts.ts), so that asking for help
 * costs no more than starting Node: loading commander alone costs a fifth of that again. Any
 * other command line goes to the full program, and so does a terminal whose width would wrap the
 * text differently from both stored forms.
 */

/** What the program printed for one command line: on standard output at 80 columns and unwrapped. */
export interface HelpAnswer {
  readonly code: number;
  /** Standard output at 80 columns, the width commander uses when it is not told one. */
  readonly at80: string;
  /** Standard output on a terminal wide enough for no line to wrap. */
  readonly unwrapped: string;
  /** The longest line of `unwrapped`: from this width up, commander wraps nothing. */
  readonly unwrappedWidth: number;
}

/** Per locale, per command line (as JSON of its words after `gret`). Only `en` for now. */
export type HelpTexts = Readonly<Record<string, Readonly<Record<string, HelpAnswer>>>>;

export const HELP_TEXTS_FILE = new URL('./help-texts.json', import.meta.url);

/** The text for these words on a terminal of this width (undefined: not a terminal), or undefined for the full program. */
export function helpFor(texts: HelpTexts, locale: string, words: readonly string[], width: number | undefined): { text: string; code: number } | undefined {
  const answer = texts[locale]?.[JSON.stringify(words)];
  if (answer === undefined) return undefined;
  if (width === undefined || width === 80) return { text: answer.at80, code: answer.code };
  if (width >= answer.unwrappedWidth) return { text: answer.unwrapped, code: answer.code };
  return undefined;
}

/** Answers the command line if it asks only for help or the version; false when the full program must run. */
export function answerHelp(words: readonly string[]): boolean {
  let texts: HelpTexts;
  try {
    texts = JSON.parse(readFileSync(HELP_TEXTS_FILE, 'utf8')) as HelpTexts;
  } catch {
    // A build without the texts still works, only slower.
    return false;
  }
  const found = helpFor(texts, 'en', words, process.stdout.isTTY ? process.stdout.columns : undefined);
  if (found === undefined) return false;
  // `gret --help | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.stdout.write(found.text);
  process.exitCode = found.code;
  return true;
}
