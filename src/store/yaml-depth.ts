import type { Document, Node } from 'yaml';
import { yamlLibrary } from './yaml-library.js';

/**
 * How deeply gret's files may nest lists and mappings. The deepest any of them needs is 6 (a
 * rubric level's recommendations), an answers file 5 (an evidence entry's fields); a file nested
 * far deeper is a slip of indentation or not a gret file, and nesting in the thousands would
 * make the YAML reader run out of stack, or take many seconds over a 2 MB file of brackets.
 */
export const MAX_DEPTH = 12;

// The lexer's zero-width markers: a document start, the end of a broken flow collection, a scalar.
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

/**
 * The offset of the first `[` or `{` that opens a collection deeper than `max`, found by the
 * lexer alone (fast, and quotes and comments are told apart), before anything is parsed.
 */
export function tooDeepBrackets(text: string, max: number = MAX_DEPTH): number | undefined {
  let offset = 0;
  let depth = 0;
  for (const token of new (yamlLibrary().Lexer)().lex(text)) {
    if (MARKERS.has(token)) continue;
    if (token === '[' || token === '{') {
      depth += 1;
      if (depth > max) return offset;
    } else if (token === ']' || token === '}') {
      depth = Math.max(0, depth - 1);
    }
    offset += token.length;
  }
  return undefined;
}

/** The offset of the first collection nested deeper than `max` in a parsed document (indentation nests too). */
export function tooDeepNode(doc: Document.Parsed, max: number = MAX_DEPTH): number | undefined {
  const { isCollection, isPair } = yamlLibrary();
  // An explicit stack: the nesting being measured may be deep enough to exhaust the call stack.
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, depth } = next;
    if (!isCollection(node)) continue;
    if (depth > max) return (node as Node).range?.[0] ?? 0;
    // Pushed last to first, so that the first too deep in the file is the one found.
    for (const item of [...node.items].reverse()) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
  }
  return undefined;
}
