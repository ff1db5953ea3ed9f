import { quoted } from '../core/sanitize.js';
import { MAX_DEPTH } from './yaml-depth.js';

/**
 * Plain guidance for the mistakes people make when they write YAML by hand: what is wrong, in
 * words that need no knowledge of YAML, where to look, and when it can be worked out, the line as
 * it should read. The YAML reader's own messages ("Nested mappings are not allowed in compact
 * mappings") describe its grammar, not the slip that broke it; each rule below recognises one
 * slip from the reader's error code and the text around the position it gives.
 */

/** A problem as the YAML reader reports it. */
export interface ReaderProblem {
  readonly code: string;
  readonly offset: number;
  readonly message: string;
}

interface YamlGuidance {
  readonly code: string;
  /** Where the slip is: often not where the reader noticed it (an unclosed quote is noticed at the end of the file). */
  readonly offset: number;
  /** What is wrong and what to do, on one line. */
  readonly message: string;
  /** The line at `offset` as it should read, where that can be worked out. */
  readonly example?: string;
}

interface Line {
  readonly start: number;
  readonly text: string;
}

/** A `key: value` on one line, with any list dashes before it. */
interface LinePair {
  readonly key: string;
  /** Index in the line where the value begins. */
  readonly valueStart: number;
  readonly value: string;
}

export function explainYamlProblem(text: string, problem: ReaderProblem): YamlGuidance {
  const at = Math.min(Math.max(problem.offset, 0), text.length);
  const line = lineAt(text, at);
  switch (problem.code) {
    case 'TAB_AS_INDENT':
      return {
        code: 'YAML_TAB',
        offset: at,
        message: 'this line is indented with a tab, but YAML files are indented with spaces only: replace the tab with spaces',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return textWithColon(line, at) ?? misplacedListItem(text, line) ?? specialStart(line, at) ?? indentedTooFar(text, line) ?? unexplained(at);
    case 'BLOCK_IN_FLOW':
      return textWithColon(line, at, true) ?? unexplained(at);
    case 'MULTILINE_IMPLICIT_KEY':
      return quoteAt(text, at) ?? specialStart(line, at) ?? missingSpace(line) ?? missingColon(line) ?? unexplained(at);
    case 'MISSING_CHAR':
      if (/closing "/.test(problem.message)) return unclosedQuote(text, at, '"');
      if (/closing '/.test(problem.message)) return unclosedQuote(text, at, "'");
      if (/without - indicator/.test(problem.message)) return misplacedListItem(text, line) ?? notLinedUp(text, line) ?? unexplained(at);
      if (/Comments must be separated/.test(problem.message)) {
        return {
          code: 'YAML_COMMENT_SPACE',
          offset: at,
          message: 'this "#" follows other text without a space, but " #" is how a comment starts: put a space before the "#" if a comment is meant, or put the whole text in quotes',
        };
      }
      return quoteAt(text, at) ?? specialStart(line, at) ?? missingSpace(line) ?? missingColon(line) ?? unclosedBracket(text, at) ?? unexplained(at);
    case 'UNEXPECTED_TOKEN':
      return textAfterQuote(line, at) ?? extraBracket(line, at) ?? specialStart(line, at) ?? unexplained(at);
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'BAD_DIRECTIVE':
    case 'UNRESOLVED_ALIAS':
    case 'TAG_RESOLVE_FAILED':
      return specialStart(line, at) ?? unexplained(at);
    case 'COLLECTION_KEY':
      return {
        code: 'YAML_COMPLEX_KEY',
        offset: at,
        message: 'this key is read as a list or a mapping (it begins with "[", "{" or "?"), but a key must be a plain word: delete the bracket, or put the whole key in quotes',
      };
    case 'BAD_INDENT':
      return unclosedBracket(text, at) ?? notLinedUp(text, line) ?? unexplained(at);
    case 'DUPLICATE_KEY':
      return duplicateKey(text, line, at);
    case 'MULTIPLE_DOCS':
      return {
        code: 'YAML_SECOND_DOCUMENT',
        offset: at,
        message: 'a line "---" here starts a second document, but the file must hold one: delete the "---" line (and what follows it, if that is a pasted copy)',
      };
    case 'RESOURCE_EXHAUSTION':
    case 'TOO_DEEP':
      return {
        code: 'YAML_TOO_DEEP',
        offset: at,
        message: `the lists and mappings here are nested more than ${MAX_DEPTH} levels deep, far more than any gret file needs: check the indentation and the brackets from this line on`,
      };
    default:
      return unexplained(at);
  }
}

/** What text beginning with each character is read as, instead of as text. */
const SPECIAL_START: Readonly<Record<string, string>> = {
  '*': 'a reference to another part of the file',
  '&': 'a name for a part of the file',
  '!': 'a YAML type tag',
  '@': 'a character YAML keeps for itself',
  '`': 'a character YAML keeps for itself',
  '%': 'a YAML directive',
  '|': 'the start of a block of text on the lines below',
  '>': 'the start of a block of text on the lines below',
  '-': 'a list item',
  '?': 'a YAML key',
  '[': 'a list',
  '{': 'a mapping',
  ']': 'the end of a list',
  '}': 'the end of a mapping',
  ',': 'a separator',
};

function specialStart(line: Line, at: number): YamlGuidance | undefined {
  const pair = pairOn(line.text);
  const column = at - line.start;
  // The reader points at the character itself, or at the value that begins with it.
  const start = SPECIAL_START[line.text[column] ?? ''] !== undefined ? column : (pair?.valueStart ?? contentStart(line.text));
  const first = line.text[start] ?? '';
  const meaning = SPECIAL_START[first];
  if (meaning === undefined) return undefined;
  if (start === contentStart(line.text) && /^.\s*[^\s:]+:( |$)/.test(line.text.slice(start))) {
    return {
      code: 'YAML_SPECIAL_START',
      offset: line.start + start,
      message: `the "${first}" before this key is read as ${meaning}: delete it if it is a slip, or put the whole key in quotes`,
    };
  }
  return {
    code: 'YAML_SPECIAL_START',
    offset: line.start + start,
    message: `text that begins with "${first}" is read as ${meaning}: put the whole text in quotes`,
    example: `${line.text.slice(0, start)}${quoteText(line.text.slice(start).trimEnd())}`,
  };
}

/** A line that begins with a quote which runs on past the line: the reader takes it for the start of a key. */
function quoteAt(text: string, at: number): YamlGuidance | undefined {
  const c = text[at];
  return c === '"' || c === "'" ? unclosedQuote(text, at + 1, c) : undefined;
}

/** `note: Done: partly`: the second ": " starts a mapping where text was expected. */
function textWithColon(line: Line, at: number, inFlow = false): YamlGuidance | undefined {
  const column = at - line.start;
  if (inFlow) {
    const end = line.text.slice(column).search(/[,}\]]/);
    const piece = line.text.slice(column, end === -1 ? undefined : column + end).trim();
    if (!/:( |$)/.test(piece)) return undefined;
    return {
      code: 'YAML_COLON_IN_TEXT',
      offset: at,
      message: `inside { }, ${quoted(piece)} holds ": ", which YAML reads as a new key: if it is one text, put it in quotes; if a comma is missing between two entries, add it`,
    };
  }
  const pair = pairOn(line.text);
  if (pair === undefined || column < pair.valueStart || !/:( |$)/.test(pair.value)) return undefined;
  return {
    code: 'YAML_COLON_IN_TEXT',
    offset: line.start + pair.valueStart,
    message: `the text after ${quoted(`${pair.key}:`)} holds ": ", which YAML reads as the start of another key: put the whole text in quotes`,
    example: `${line.text.slice(0, pair.valueStart)}${quoteText(pair.value)}`,
  };
}

/** `answer:2`: without the space, YAML reads the key, the colon and the value as one word. */
function missingSpace(line: Line): YamlGuidance | undefined {
  const m = /^(\s*(?:- +)*)([^\s:#'"][^:]*?):(?![\s/]|$)/.exec(line.text);
  if (m === null) return undefined;
  const colon = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  return {
    code: 'YAML_COLON_SPACE',
    offset: line.start + colon + 1,
    message: `put a space after the colon: ${quoted(`${m[2] ?? ''}:`)} must be followed by a space before its value`,
    example: `${line.text.slice(0, colon + 1)} ${line.text.slice(colon + 1).trimEnd()}`,
  };
}

/** A line with no `key:` among key lines: a missing colon, or text continued at the wrong indentation. */
function missingColon(line: Line): YamlGuidance | undefined {
  const content = line.text.trim();
  if (content === '' || content.includes(': ') || content.endsWith(':')) return undefined;
  const indent = leadingSpaces(line.text);
  return {
    code: 'YAML_NO_KEY',
    offset: line.start + indent,
    message:
      'this line has no "key:" where one is expected: write it as "key: value" (such as "answer: 2"), ' +
      'or, if it continues the text of the line above, indent it further than that line\'s key',
  };
}

/** A `- item` that is not lined up with the list it belongs to, or stands among `key: value` lines. */
function misplacedListItem(text: string, line: Line): YamlGuidance | undefined {
  if (!/^\s*-( |$)/.test(line.text)) return undefined;
  const indent = leadingSpaces(line.text);
  const above = previousLine(text, line);
  if (above !== undefined && /^\s*-( |$)/.test(above.text) && leadingSpaces(above.text) !== indent) {
    return {
      code: 'YAML_LIST_ALIGN',
      offset: line.start + indent,
      message: `this list item's "-" is in column ${indent + 1}, but the one above it is in column ${leadingSpaces(above.text) + 1}: put every "-" of one list in the same column`,
      example: `${' '.repeat(leadingSpaces(above.text))}${line.text.trimStart()}`,
    };
  }
  return {
    code: 'YAML_LIST_PLACE',
    offset: line.start + indent,
    message: 'a list item ("- …") cannot stand among "key: value" lines: put it below the key it belongs to, indented further than that key',
  };
}

/** `format: x` followed by ` meta: y`: a line indented under one that already has its value. */
function indentedTooFar(text: string, line: Line): YamlGuidance | undefined {
  const below = nextLine(text, line);
  const pair = pairOn(line.text);
  if (below === undefined || pair === undefined || leadingSpaces(below.text) <= leadingSpaces(line.text)) return undefined;
  const indent = leadingSpaces(line.text);
  return {
    code: 'YAML_INDENT',
    offset: below.start + leadingSpaces(below.text),
    message: `this line is indented further than ${quoted(`${pair.key}:`)} above it, which already has its value: line it up with it (column ${indent + 1}) or with the key it belongs to`,
    example: `${' '.repeat(indent)}${below.text.trimStart()}`,
  };
}

/** A key that starts in a column between those of the keys around it. */
function notLinedUp(text: string, line: Line): YamlGuidance | undefined {
  const above = previousLine(text, line);
  if (above === undefined) return undefined;
  const indent = leadingSpaces(line.text);
  const aboveIndent = leadingSpaces(above.text);
  return {
    code: 'YAML_INDENT',
    offset: line.start + indent,
    message: `this line starts in column ${indent + 1} and the one above it in column ${aboveIndent + 1}: the keys of one section must start in the same column`,
    example: `${' '.repeat(aboveIndent)}${line.text.trimStart()}`,
  };
}

/**
 * A quote that is never closed: the reader notices only at the end of the text it swallowed,
 * so the opening quote is searched for backwards. Inside the swallowed text a `"` can only
 * appear escaped (`\"`) and a `'` only doubled (`''`).
 */
function unclosedQuote(text: string, at: number, quote: '"' | "'"): YamlGuidance {
  let open = -1;
  for (let i = Math.min(at, text.length) - 1; i >= 0 && open === -1; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"') {
      let backslashes = 0;
      while (text[i - 1 - backslashes] === '\\') backslashes += 1;
      if (backslashes % 2 === 0) open = i;
    } else {
      let run = 1;
      while (text[i - run] === "'") run += 1;
      if (run % 2 === 1) open = i - run + 1;
      else i -= run - 1;
    }
  }
  const offset = open === -1 ? at : open;
  const line = lineAt(text, offset);
  const pair = pairOn(line.text);
  // Closing it at the end of the line is a fair guess for a value; for a stray quote before a key it is not.
  const isValue = open !== -1 && pair !== undefined && offset - line.start >= pair.valueStart;
  return {
    code: 'YAML_UNCLOSED_QUOTE',
    offset,
    message: `the quote ${quote} that begins this text is never closed: add a closing ${quote} where the text ends, or delete it if it is a slip`,
    ...(isValue ? { example: `${line.text.trimEnd()}${quote}` } : {}),
  };
}

/** `note: "He said "yes""`: text goes on after the closing quote. */
function textAfterQuote(line: Line, at: number): YamlGuidance | undefined {
  const pair = pairOn(line.text);
  const start = pair?.valueStart ?? leadingSpaces(line.text);
  const value = line.text.slice(start).trimEnd();
  const quote = value[0];
  if ((quote !== '"' && quote !== "'") || at - line.start <= start) return undefined;
  const inner = value.slice(1, value.endsWith(quote) && value.length > 1 ? -1 : undefined);
  const example = quoteText(inner);
  const how = example.startsWith('"') ? 'double quotes' : inner.includes("'") ? "single quotes, writing each ' inside it twice" : 'single quotes';
  return {
    code: 'YAML_TEXT_AFTER_QUOTE',
    offset: at,
    message: `the text goes on after its closing ${quote}: to have ${quote} inside a text, put the whole text in ${how}`,
    example: `${line.text.slice(0, start)}${example}`,
  };
}

function extraBracket(line: Line, at: number): YamlGuidance | undefined {
  const c = line.text[at - line.start];
  if (c !== ']' && c !== '}') return undefined;
  return {
    code: 'YAML_EXTRA_BRACKET',
    offset: at,
    message: `this "${c}" closes nothing that was opened: delete it, or put the text around it in quotes`,
  };
}

/** A `[` or `{` left open: found by reading the file up to the problem, bracket by bracket. */
function unclosedBracket(text: string, at: number): YamlGuidance | undefined {
  const open = openBrackets(text.slice(0, at)).at(-1);
  if (open === undefined) return undefined;
  const bracket = text[open] ?? '[';
  const close = bracket === '[' ? ']' : '}';
  return {
    code: 'YAML_UNCLOSED_BRACKET',
    offset: open,
    message: `the "${bracket}" here is never closed: end the ${bracket === '[' ? 'list' : 'mapping'} with "${close}" on the same line, or if the text itself begins with "${bracket}", put it in quotes`,
  };
}

/** The offsets of the brackets still open at the end of `text`, skipping quoted text and comments. */
function openBrackets(text: string): number[] {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const before = text[i - 1];
    const boundary = before === undefined || /[\s[{,:]/.test(before);
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i += 1;
      else if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && boundary) {
      quote = c;
    } else if (c === '#' && boundary) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if ((c === '[' || c === '{') && (open.length > 0 || /(^|[:-])\s*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i)))) {
      open.push(i);
    } else if ((c === ']' || c === '}') && open.length > 0) {
      open.pop();
    }
  }
  return open;
}

function duplicateKey(text: string, line: Line, at: number): YamlGuidance {
  const pair = pairOn(text.slice(at, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at)));
  const key = pair?.key ?? line.text.trim();
  const indent = at - line.start;
  let first: number | undefined;
  for (let above = previousLine(text, line); above !== undefined; above = previousLine(text, above)) {
    const aboveIndent = leadingSpaces(above.text);
    if (aboveIndent < indent && !/^\s*-/.test(above.text)) break;
    if (aboveIndent === indent && pairOn(above.text)?.key === key) first = lineNumber(text, above.start);
  }
  return {
    code: 'YAML_DUPLICATE_KEY',
    offset: at,
    message: `${quoted(key)} is given twice in the same section${first === undefined ? '' : ` (first on line ${first})`}: keep only one of them`,
  };
}

function unexplained(at: number): YamlGuidance {
  return {
    code: 'YAML_SYNTAX',
    offset: at,
    message:
      'this is not written the way YAML files must be: check this line and the one above it for a missing space after ":", ' +
      'a quote that is not closed, or an indentation that does not line up with the lines around it',
  };
}

/** Text as a YAML value in quotes: double quotes, unless the text holds a `"` or a backslash (an escape inside them). */
export function quoteText(text: string): string {
  return /["\\]/.test(text) ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
}

function pairOn(text: string): LinePair | undefined {
  const m = /^(\s*(?:- +)*)("[^"]*"|'[^']*'|[^\s'"#[\]{},][^#]*?):(?=[ \t]|$)/.exec(text);
  if (m === null) return undefined;
  const keyEnd = m[0].length;
  const valueStart = keyEnd + (text.slice(keyEnd).length - text.slice(keyEnd).trimStart().length);
  return { key: (m[2] ?? '').replace(/^["']|["']$/g, ''), valueStart, value: text.slice(valueStart).replace(/\s+$/, '') };
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, text: text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '') };
}

export function lineNumber(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

/** The nearest line above that holds something other than a comment. */
function previousLine(text: string, line: Line): Line | undefined {
  for (let start = line.start; start > 0; ) {
    const above = lineAt(text, start - 1);
    if (isContent(above.text)) return above;
    start = above.start;
  }
  return undefined;
}

function nextLine(text: string, line: Line): Line | undefined {
  for (let newline = text.indexOf('\n', line.start); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
    const below = lineAt(text, newline + 1);
    if (isContent(below.text)) return below;
  }
  return undefined;
}

function isContent(text: string): boolean {
  const t = text.trim();
  return t !== '' && !t.startsWith('#');
}

/** Where a line's content begins, after its indentation and any list dashes. */
function contentStart(text: string): number {
  return /^\s*(?:- +)*/.exec(text)?.[0].length ?? 0;
}

function leadingSpaces(text: string): number {
  return /^ */.exec(text)?.[0].length ?? 0;
}
