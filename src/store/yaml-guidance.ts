import type { Words } from '../core/messages/messages.js';
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
  /** What is wrong and what to do, on one line: words under the catalog key of its code. */
  readonly words: Words;
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
        words: { key: 'issues.YAML_TAB' },
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
          words: { key: 'issues.YAML_COMMENT_SPACE' },
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
        words: { key: 'issues.YAML_COMPLEX_KEY', values: { open: '{' } },
      };
    case 'BAD_INDENT':
      return unclosedBracket(text, at) ?? notLinedUp(text, line) ?? unexplained(at);
    case 'DUPLICATE_KEY':
      return duplicateKey(text, line, at);
    case 'MULTIPLE_DOCS':
      return {
        code: 'YAML_SECOND_DOCUMENT',
        offset: at,
        words: { key: 'issues.YAML_SECOND_DOCUMENT' },
      };
    case 'RESOURCE_EXHAUSTION':
    case 'TOO_DEEP':
      return {
        code: 'YAML_TOO_DEEP',
        offset: at,
        words: { key: 'issues.YAML_TOO_DEEP', values: { depth: MAX_DEPTH } },
      };
    default:
      return unexplained(at);
  }
}

/** What text beginning with each character is read as, instead of as text: the catalog keys under issues.read_as. */
const SPECIAL_START: Readonly<Record<string, string>> = {
  '*': 'issues.read_as.reference',
  '&': 'issues.read_as.anchor',
  '!': 'issues.read_as.tag',
  '@': 'issues.read_as.reserved',
  '`': 'issues.read_as.reserved',
  '%': 'issues.read_as.directive',
  '|': 'issues.read_as.block',
  '>': 'issues.read_as.block',
  '-': 'issues.read_as.list_item',
  '?': 'issues.read_as.key',
  '[': 'issues.read_as.list',
  '{': 'issues.read_as.mapping',
  ']': 'issues.read_as.list_end',
  '}': 'issues.read_as.mapping_end',
  ',': 'issues.read_as.separator',
};

function specialStart(line: Line, at: number): YamlGuidance | undefined {
  const pair = pairOn(line.text);
  const column = at - line.start;
  // The reader points at the character itself, or at the value that begins with it.
  const start = SPECIAL_START[line.text[column] ?? ''] !== undefined ? column : (pair?.valueStart ?? contentStart(line.text));
  const first = line.text[start] ?? '';
  const meaningKey = SPECIAL_START[first];
  if (meaningKey === undefined) return undefined;
  const values = { char: first, meaning: { key: meaningKey } };
  if (start === contentStart(line.text) && /^.\s*[^\s:]+:( |$)/.test(line.text.slice(start))) {
    return {
      code: 'YAML_SPECIAL_START',
      offset: line.start + start,
      words: { key: 'issues.YAML_SPECIAL_START.key', values },
    };
  }
  return {
    code: 'YAML_SPECIAL_START',
    offset: line.start + start,
    words: { key: 'issues.YAML_SPECIAL_START.text', values },
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
      words: { key: 'issues.YAML_COLON_IN_TEXT.flow', values: { braces: '{ }', text: quoted(piece) } },
    };
  }
  const pair = pairOn(line.text);
  if (pair === undefined || column < pair.valueStart || !/:( |$)/.test(pair.value)) return undefined;
  return {
    code: 'YAML_COLON_IN_TEXT',
    offset: line.start + pair.valueStart,
    words: { key: 'issues.YAML_COLON_IN_TEXT.value', values: { key: quoted(`${pair.key}:`) } },
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
    words: { key: 'issues.YAML_COLON_SPACE', values: { key: quoted(`${m[2] ?? ''}:`) } },
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
    words: { key: 'issues.YAML_NO_KEY' },
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
      words: { key: 'issues.YAML_LIST_ALIGN', values: { column: indent + 1, above: leadingSpaces(above.text) + 1 } },
      example: `${' '.repeat(leadingSpaces(above.text))}${line.text.trimStart()}`,
    };
  }
  return {
    code: 'YAML_LIST_PLACE',
    offset: line.start + indent,
    words: { key: 'issues.YAML_LIST_PLACE' },
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
    words: { key: 'issues.YAML_INDENT.further', values: { key: quoted(`${pair.key}:`), column: indent + 1 } },
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
    words: { key: 'issues.YAML_INDENT.columns', values: { column: indent + 1, above: aboveIndent + 1 } },
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
    words: { key: 'issues.YAML_UNCLOSED_QUOTE', values: { quote } },
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
  const how = example.startsWith('"') ? 'issues.YAML_TEXT_AFTER_QUOTE.double' : inner.includes("'") ? 'issues.YAML_TEXT_AFTER_QUOTE.single_doubled' : 'issues.YAML_TEXT_AFTER_QUOTE.single';
  return {
    code: 'YAML_TEXT_AFTER_QUOTE',
    offset: at,
    words: { key: how, values: { quote } },
    example: `${line.text.slice(0, start)}${example}`,
  };
}

function extraBracket(line: Line, at: number): YamlGuidance | undefined {
  const c = line.text[at - line.start];
  if (c !== ']' && c !== '}') return undefined;
  return {
    code: 'YAML_EXTRA_BRACKET',
    offset: at,
    words: { key: 'issues.YAML_EXTRA_BRACKET', values: { bracket: c } },
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
    words: { key: bracket === '[' ? 'issues.YAML_UNCLOSED_BRACKET.list' : 'issues.YAML_UNCLOSED_BRACKET.mapping', values: { bracket, close } },
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
    words: first === undefined ? { key: 'issues.YAML_DUPLICATE_KEY.plain', values: { key: quoted(key) } } : { key: 'issues.YAML_DUPLICATE_KEY.first_on', values: { key: quoted(key), line: String(first) } },
  };
}

function unexplained(at: number): YamlGuidance {
  return {
    code: 'YAML_SYNTAX',
    offset: at,
    words: { key: 'issues.YAML_SYNTAX' },
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
