import { DeclaredLanguages, type DeclaredText } from '../text/declared-languages.js';
import { scriptRuns } from '../text/script-runs.js';
import { textRuns, type RunContext, type TextRun } from '../text/text-runs.js';
import { escapeHtml } from './escape-html.js';

/** A stretch of a text that is one thing to a reader: one language, one link or none. */
interface Stretch {
  text: string;
  readonly lang: string | null;
  readonly link: string | null;
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Joins runs into stretches. Spaces and digits between two stretches of one language belong to
 * neither, and join them, so a Thai sentence is one span and not one per word.
 */
function stretches(runs: readonly TextRun[]): Stretch[] {
  const out: Stretch[] = [];
  runs.forEach((run, k) => {
    const last = out[out.length - 1];
    const next = runs.slice(k + 1).find((r) => LETTER.test(r.text));
    const between = run.lang === null && !LETTER.test(run.text) && last !== undefined && next !== undefined && next.lang === last.lang && next.link === last.link && run.link === last.link;
    if (last !== undefined && (between || (last.lang === run.lang && last.link === run.link))) last.text += run.text;
    else out.push({ text: run.text, lang: run.lang, link: run.link });
  });
  return out;
}

/**
 * Turns the report's texts into inline HTML, the way the PDF tags them: each stretch in another
 * language than the document's gets its `lang` (detected from its script, or declared by the
 * answers file), every http, https or mail address becomes a link, and line feeds become line
 * breaks. Everything else is escaped.
 */
export class HtmlText {
  private readonly context: RunContext;

  constructor(
    documentLanguage: string,
    /** The answers' language, which decides whether Han characters are Chinese or Japanese. */
    private readonly contentLanguage: string,
    declared: readonly DeclaredText[],
  ) {
    this.context = { documentLanguage, declared: new DeclaredLanguages(declared, documentLanguage) };
  }

  inline(text: string): string {
    return text
      .split('\n')
      .map((line) => this.line(line))
      .join('<br>');
  }

  private line(line: string): string {
    return stretches(textRuns(scriptRuns(line, this.contentLanguage), this.context))
      .map(({ text, lang, link }) => {
        const content = escapeHtml(text);
        const langAttribute = lang === null ? '' : ` lang="${escapeHtml(lang)}"`;
        if (link !== null) return `<a href="${escapeHtml(link)}"${langAttribute}>${content}</a>`;
        return lang === null ? content : `<span${langAttribute}>${content}</span>`;
      })
      .join('');
  }
}
