import { hasControlChars } from '../core/sanitize.js';
import { MAX_DEPTH } from './yaml-depth.js';

/*
 * A reader for the plain shape of YAML that gret's own files and most hand-edited ones use:
 * block mappings and lists, plain and quoted scalars (folded over lines as a writer folds long
 * text), `|` and `>` block scalars, and flow collections of scalars. It gives the same data as
 * the `yaml` package reading the same text, in a fraction of the time, and answers `undefined`
 * ("not sure") for anything else: anchors, tags, merge keys, tabs, comments inside or cutting a
 * text, any mistake. The caller then reads the text with `yaml`, which words the errors
 * and warnings. So this reader never rejects a file and never explains one: it only decides
 * faster when there is nothing to explain. test/store/yaml-subset.test.ts holds it to that over
 * thousands of mutated files. Nothing it gives holds a control character (as sanitize.ts counts
 * them): such a character, written as it is or as an escape, sends the file to `yaml` too, so
 * the checks after it need not search its data for one (YamlFile.controlFree).
 */

/** Thrown to give up at any depth; caught once, at the top. */
class NotSure extends Error {}

function notSure(): never {
  throw new NotSure();
}

// Tabs, carriage returns, a byte-order mark, control characters and the Unicode line separators
// all have rules of their own in YAML; a file holding any of them goes to the full reader.
const UNUSUAL_CHARACTER = /[\t\r\ufeff\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.|%)/m;

interface Line {
  readonly indent: number;
  /** The line without its indentation. */
  readonly content: string;
}

export function parseYamlSubset(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL_CHARACTER.test(text) || DOCUMENT_MARKER.test(text)) return undefined;
  try {
    return new SubsetReader(text.split('\n')).document();
  } catch (error) {
    if (error instanceof NotSure) return undefined;
    throw error;
  }
}

class SubsetReader {
  private next = 0;
  /** Lines read again with a new start: the rest of `- key: value` as a line of its own at the key's column. */
  private readonly rewritten = new Map<number, string>();

  constructor(private readonly lines: readonly string[]) {}

  document(): Record<string, unknown> {
    const first = this.peek();
    if (first === undefined || first.indent !== 0) notSure();
    const data = this.mapping(0, 1);
    if (this.peek() !== undefined) notSure();
    return data;
  }

  /** The last line peek() found, kept because each line is looked at several times. */
  private peeked: { index: number; line: Line } | undefined;

  private raw(index: number): string {
    return (this.rewritten.size > 0 ? this.rewritten.get(index) : undefined) ?? this.lines[index] ?? '';
  }

  /** The next line that holds something: blank lines and whole-line comments are skipped. */
  private peek(): Line | undefined {
    if (this.peeked?.index === this.next) return this.peeked.line;
    for (; this.next < this.lines.length; this.next += 1) {
      const raw = this.raw(this.next);
      const indent = leadingSpaces(raw);
      if (indent < raw.length && raw.charCodeAt(indent) !== HASH) {
        const line = { indent, content: raw.slice(indent) };
        this.peeked = { index: this.next, line };
        return line;
      }
    }
    return undefined;
  }

  /** A block node that starts on the next line, more indented than its parent. */
  private blockNode(parentIndent: number, depth: number): unknown {
    const line = this.peek();
    if (line === undefined || line.indent <= parentIndent) return null;
    if (line.content[0] === '[' || line.content[0] === '{') {
      // `key:` with its flow collection on the lines below, as a writer puts a long one.
      this.next += 1;
      const { value, end } = flowCollection(this.flowLines(line.content, parentIndent), depth);
      onlyComment(withoutSpaces(end), end);
      this.continuationCheck(parentIndent);
      return value;
    }
    return isSequenceItem(line.content) ? this.sequence(line.indent, depth) : this.mapping(line.indent, depth);
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) notSure();
    const map: Record<string, unknown> = {};
    for (;;) {
      const line = this.peek();
      if (line === undefined || line.indent < indent) return map;
      if (line.indent > indent || isSequenceItem(line.content)) notSure();
      const { key, rest } = splitKey(line.content);
      if (Object.hasOwn(map, key) || key === '<<') notSure();
      this.next += 1;
      setKey(map, key, this.value(rest, indent, depth + 1));
    }
  }

  private sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) notSure();
    const items: unknown[] = [];
    for (;;) {
      const line = this.peek();
      if (line === undefined || line.indent < indent) return items;
      if (line.indent > indent || !isSequenceItem(line.content)) notSure();
      const afterDash = line.content.slice(1);
      const rest = withoutSpaces(afterDash);
      if (isSequenceItem(rest) || looksLikeKey(rest)) {
        // `- key: value` or `- - item`: a collection whose first line starts where the rest does.
        this.rewritten.set(this.next, ' '.repeat(indent + 1 + afterDash.length - rest.length) + rest);
        this.peeked = undefined;
        items.push(this.blockNode(indent, depth + 1));
      } else {
        this.next += 1;
        items.push(this.value(rest, indent, depth + 1, true));
      }
    }
  }

  /** What follows `key:` or `- ` on the same line, and any lines that belong to it. */
  private value(rest: string, indent: number, depth: number, inSequence = false): unknown {
    if (rest === '' || rest.startsWith('#')) {
      onlyComment(rest);
      const after = this.peek();
      // A list at the same indentation as its key (`key:\n- item`) is left to the full reader.
      if (!inSequence && after !== undefined && after.indent === indent && isSequenceItem(after.content)) notSure();
      return this.blockNode(indent, depth);
    }
    const first = rest[0];
    if (first === '|' || first === '>') return this.blockScalar(rest, indent);
    let value: unknown;
    let end: string;
    if (first === '"' || first === "'") {
      ({ value, end } = quotedScalar(hasClosingQuote(rest) ? rest : this.quotedLines(rest, indent)));
    } else if (first === '[' || first === '{') {
      ({ value, end } = flowCollection(this.flowLines(rest, indent), depth));
    } else {
      ({ value, end } = plainScalar(rest));
      if (end === '') value = this.plainLines(rest, value, indent);
    }
    onlyComment(withoutSpaces(end), end);
    this.continuationCheck(indent);
    return value;
  }

  /*
   * Text longer than a line, as gret's own writer (and most editors' YAML tools) fold it: each
   * further line indented more than the key or dash, one line break read as a space and each
   * blank line as a line break. A line that could be read as a key, a comment inside the text or
   * a line that starts like an indicator is left to the full reader.
   */
  private plainLines(first: string, value: unknown, indent: number): unknown {
    let text = withoutTrailingSpaces(first);
    let blankRun = 0;
    let more = false;
    for (let i = this.next; i < this.lines.length; i += 1) {
      const raw = this.raw(i);
      const lineIndent = leadingSpaces(raw);
      if (lineIndent === raw.length) {
        blankRun += 1;
        continue;
      }
      const content = withoutTrailingSpaces(raw.slice(lineIndent));
      // Less indented ends the text; a comment line ends it too, and continuationCheck() then sees what follows.
      if (lineIndent <= indent || content.startsWith('#')) break;
      if (/^[-?:](?: |$)/.test(content) || content.includes(': ') || content.endsWith(':') || content.includes(' #')) notSure();
      text += blankRun === 0 ? ` ${content}` : `${'\n'.repeat(blankRun)}${content}`;
      blankRun = 0;
      more = true;
      this.next = i + 1;
    }
    if (!more) return value;
    this.peeked = undefined;
    return text;
  }

  /**
   * A quoted text that goes on over further lines, each indented more than the key or dash,
   * folded into one line as YAML folds it (a line break is a space, a blank line a line break)
   * for quotedScalar() to read, which leaves an escaped line break (a backslash at the end of a
   * line) to the full reader.
   */
  private quotedLines(first: string, indent: number): string {
    let text = withoutTrailingSpaces(first);
    let blankRun = 0;
    for (; this.next < this.lines.length; this.next += 1) {
      const raw = this.raw(this.next);
      const lineIndent = leadingSpaces(raw);
      if (lineIndent === raw.length) {
        blankRun += 1;
        continue;
      }
      if (lineIndent <= indent) notSure();
      const content = raw.slice(lineIndent);
      text += blankRun === 0 ? ' ' : '\n'.repeat(blankRun);
      blankRun = 0;
      if (hasClosingQuote(`${text[0] ?? ''}${content}`)) {
        this.next += 1;
        this.peeked = undefined;
        return `${text}${content}`;
      }
      text += withoutTrailingSpaces(content);
    }
    return notSure();
  }

  /**
   * A flow collection too long for one line, as a writer breaks it (`[\n  a,\n  b\n]`): the
   * further lines indented more than the key or dash, up to a blank line, joined by spaces, which
   * is how YAML reads a line break there. A comment among them is left to the full reader.
   */
  private flowLines(first: string, indent: number): string {
    let text = first;
    for (; this.next < this.lines.length; this.next += 1) {
      const raw = this.raw(this.next);
      const lineIndent = leadingSpaces(raw);
      if (lineIndent === raw.length || lineIndent <= indent) break;
      // Spaces at the end of a line are not part of a text that goes on after the line break.
      text = `${withoutTrailingSpaces(text)} ${raw.slice(lineIndent)}`;
      this.peeked = undefined;
    }
    if (text !== first && text.includes('#')) notSure();
    return text;
  }

  /** A one-line value followed by a more indented line would be a multi-line value, or a mistake. */
  private continuationCheck(indent: number): void {
    const after = this.peek();
    if (after !== undefined && after.indent > indent) notSure();
  }

  private blockScalar(header: string, parentIndent: number): string {
    if (header !== '|' && header !== '|-' && header !== '>' && header !== '>-' && !/^[|>]-? +$/.test(header)) notSure();
    const folded = header.startsWith('>');
    const strip = header[1] === '-';
    const lines: string[] = [];
    let indent = -1;
    let blankRun = 0;
    for (; this.next < this.lines.length; this.next += 1) {
      const raw = this.raw(this.next);
      const lineIndent = leadingSpaces(raw);
      if (lineIndent === raw.length) {
        // Spaces on a blank line beyond the text's indentation would be content.
        if (indent === -1 || raw.length > indent) notSure();
        blankRun += 1;
        continue;
      }
      const content = raw.slice(lineIndent);
      if (indent === -1) {
        if (lineIndent <= parentIndent) break;
        indent = lineIndent;
      }
      if (lineIndent < indent) break;
      // Extra indentation, trailing spaces: the folding rules for these are left to the full reader.
      if (lineIndent > indent || content.endsWith(' ')) notSure();
      if (lines.length > 0) lines.push(folded ? (blankRun === 0 ? ' ' : '\n'.repeat(blankRun)) : '\n'.repeat(blankRun + 1));
      lines.push(content);
      blankRun = 0;
    }
    if (lines.length === 0) return '';
    return lines.join('') + (strip ? '' : '\n');
  }
}

const SPACE = 32;
const HASH = 35;

/** Only spaces indent in YAML: a non-breaking space is text, though JavaScript's trim() takes it for space. */
function leadingSpaces(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === SPACE) n += 1;
  return n;
}

function withoutSpaces(text: string): string {
  return text.slice(leadingSpaces(text));
}

/** What `replace(/ +$/, '')` gives, without a regular expression that tries every run of spaces in the line. */
function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

function isSequenceItem(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

function onlyComment(rest: string, before = ' '): void {
  if (rest === '') return;
  // A comment must stand apart from the value; `#text` right after it is for the full reader to warn about.
  if (!rest.startsWith('#') || !before.startsWith(' ') || (rest.length > 1 && !rest.startsWith('# '))) notSure();
}

const KEY_END = /:(?: |$)/;

function looksLikeKey(content: string): boolean {
  return content[0] === '"' || content[0] === "'" ? /^("[^"\\]*"|'[^']*'):(?: |$)/.test(content) : KEY_END.test(content) && !content.startsWith('[') && !content.startsWith('{');
}

/** `key: rest`, with the key resolved as YAML resolves it. */
function splitKey(content: string): { key: string; rest: string } {
  let key: string;
  let after: string;
  if (content[0] === '"' || content[0] === "'") {
    const { value, end } = quotedScalar(content);
    if (!end.startsWith(':') || (end.length > 1 && end[1] !== ' ')) notSure();
    key = value;
    after = end.slice(1);
  } else {
    const match = KEY_END.exec(content);
    if (match === null) notSure();
    const text = content.slice(0, match.index);
    if (text === '' || text.endsWith(' ') || text.includes(' #') || text.length > 1000 || /[[\]{},]/.test(text) || startsLikeIndicator(text)) notSure();
    const resolved = resolvePlain(text);
    if (typeof resolved === 'string') key = resolved;
    else if (typeof resolved === 'number' && Number.isInteger(resolved)) key = String(resolved);
    else notSure();
    after = content.slice(match.index + 1);
  }
  return { key, rest: withoutSpaces(after) };
}

/** As `yaml` adds a pair to a plain object: an own property even for a name such as `__proto__`. */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key in map) Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

// What may not start a plain scalar here: YAML's indicators, and `-`, `?` or `:` with a space after.
function startsLikeIndicator(text: string): boolean {
  const first = text[0] ?? '';
  if ('#&*!|>\'"%@`,[]{}'.includes(first)) return true;
  return (first === '-' || first === '?' || first === ':') && (text.length === 1 || text[1] === ' ');
}

function plainScalar(rest: string): { value: unknown; end: string } {
  const comment = rest.indexOf(' #');
  const text = withoutTrailingSpaces(comment === -1 ? rest : rest.slice(0, comment));
  const end = comment === -1 ? '' : rest.slice(comment);
  if (startsLikeIndicator(text) || text.includes(': ') || text.endsWith(':')) notSure();
  return { value: resolvePlain(text), end };
}

const WORDS: ReadonlyMap<string, null | boolean> = new Map([
  ...['', '~', 'null', 'Null', 'NULL'].map((w) => [w, null] as const),
  ...['true', 'True', 'TRUE'].map((w) => [w, true] as const),
  ...['false', 'False', 'FALSE'].map((w) => [w, false] as const),
]);
// Only text that starts like a number may be one; most values start with a letter.
const NUMBER_START = /^[-+.0-9]/;

/** A plain scalar's value under the YAML 1.2 core schema, the `yaml` package's default. */
function resolvePlain(text: string): unknown {
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  if (!NUMBER_START.test(text)) return text;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text.startsWith('-') ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

/** Whether a quoted text closes on this line: its quote comes again, not doubled (`''`) or escaped (`\\"`). */
function hasClosingQuote(rest: string): boolean {
  const quote = rest[0];
  for (let i = 1; i < rest.length; i += 1) {
    const c = rest[i];
    if (quote === '"' && c === '\\') i += 1;
    else if (c === quote) {
      if (quote === "'" && rest[i + 1] === "'") i += 1;
      else return true;
    }
  }
  return false;
}

// `\r`, `\0` and the like are left to the full reader: they write control characters.
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

/** A quoted scalar that closes on its line; what follows the closing quote is returned as `end`. */
function quotedScalar(rest: string): { value: string; end: string } {
  const quote = rest[0];
  let value = '';
  for (let i = 1; i < rest.length; i += 1) {
    const c = rest[i] ?? '';
    if (quote === "'") {
      if (c !== "'") value += c;
      else if (rest[i + 1] === "'") {
        value += "'";
        i += 1;
      } else return { value, end: rest.slice(i + 1) };
    } else if (c === '"') {
      return { value, end: rest.slice(i + 1) };
    } else if (c === '\\') {
      const e = rest[i + 1] ?? '';
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        value += simple;
        i += 1;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(rest.slice(i + 2, i + 6))) {
        const char = String.fromCharCode(parseInt(rest.slice(i + 2, i + 6), 16));
        if (hasControlChars(char)) notSure();
        value += char;
        i += 5;
      } else notSure();
    } else {
      value += c;
    }
  }
  return notSure();
}

/** A flow collection of scalars, or of further flow collections, that closes on its line. */
function flowCollection(rest: string, depth: number): { value: unknown; end: string } {
  let at = 0;
  const space = (): void => {
    while (rest[at] === ' ') at += 1;
  };
  const scalar = (level: number): unknown => {
    space();
    const c = rest[at];
    if (c === '"' || c === "'") {
      const { value, end } = quotedScalar(rest.slice(at));
      at = rest.length - end.length;
      return value;
    }
    if (c === '[' || c === '{') return collection(level + 1);
    const match = /^[^,[\]{}:#]*/.exec(rest.slice(at));
    const text = withoutTrailingSpaces(match?.[0] ?? '');
    if (text === '' || startsLikeIndicator(text)) notSure();
    at += text.length;
    return resolvePlain(text);
  };
  const collection = (level: number): unknown => {
    if (level > MAX_DEPTH) notSure();
    const isMap = rest[at] === '{';
    const close = isMap ? '}' : ']';
    at += 1;
    const items: unknown[] = [];
    const map: Record<string, unknown> = {};
    space();
    if (rest[at] === close) {
      at += 1;
      return isMap ? map : items;
    }
    for (;;) {
      if (isMap) {
        const key = scalar(level);
        if (rest[at] !== ':' || rest[at + 1] !== ' ' || (typeof key !== 'string' && !(typeof key === 'number' && Number.isInteger(key)))) notSure();
        const name = String(key);
        if (Object.hasOwn(map, name) || name === '<<') notSure();
        at += 1;
        setKey(map, name, scalar(level));
      } else {
        items.push(scalar(level));
      }
      space();
      const c = rest[at];
      at += 1;
      if (c === close) return isMap ? map : items;
      if (c !== ',') notSure();
      space();
      if (rest[at] === close || rest[at] === ',') notSure();
    }
  };
  const value = collection(depth);
  return { value, end: rest.slice(at) };
}
