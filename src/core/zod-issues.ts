import type { z } from 'zod';
import type { Issue } from './issues.js';
import type { Words } from './messages/messages.js';
import { quoted } from './sanitize.js';
import { unknownKey } from './unknown-key.js';

/**
 * Turns zod's issues into ours, pointing unknown keys at the key itself. Each is given the code
 * SCHEMA_<zod's code> and words for the shell to say: a message of gret's own schemas is a
 * catalog key already (`.regex(KEBAB_ID, 'issues.schema.kebab_id')`); zod's built-in checks are
 * worded from the facts zod gives (a maximum, the allowed values), never from its English text.
 */
export function fromZod(file: string, error: z.ZodError): Issue[] {
  const out: Issue[] = [];
  for (const zi of error.issues) {
    const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) out.push({ file, path: [...path, key], code: 'UNKNOWN_KEY', words: unknownKey(key), severity: 'error' });
      continue;
    }
    const last = path[path.length - 1];
    const problem = zodProblem(zi);
    const words: Words = last === undefined ? { key: 'issues.SCHEMA.plain', values: { problem } } : { key: 'issues.SCHEMA.named', values: { name: quoted(String(last)), problem } };
    out.push({ file, path, code: `SCHEMA_${zi.code.toUpperCase()}`, words, severity: 'error' });
  }
  return out;
}

/** Braces to write in a message, which ICU keeps for placeholders: `{open}a, b{close}`. */
const BRACES = { open: '{', close: '}' } as const;

/** What a zod issue says is wrong, as words: gret's own catalog key where the schema gave one. */
export function zodProblem(zi: z.core.$ZodIssue): Words {
  if (zi.message.startsWith('issues.')) return { key: zi.message, values: BRACES };
  const received = /received (\S+)$/.exec(zi.message)?.[1];
  switch (zi.code) {
    case 'invalid_type':
      if (received === 'undefined') return { key: 'issues.zod.required' };
      if (received === 'null') return { key: 'issues.zod.empty' };
      if (zi.expected === 'int') return { key: 'issues.zod.whole_number' };
      return { key: 'issues.zod.invalid_type', values: { expected: typeName(zi.expected), received: typeName(received ?? 'unknown') } };
    case 'invalid_union':
      if ('options' in zi && Array.isArray(zi.options) && zi.options.length > 0) return { key: 'issues.zod.one_of', values: { options: zi.options.join(', ') } };
      return { key: 'issues.zod.invalid' };
    case 'invalid_value':
      if (zi.values.length === 1) return { key: 'issues.zod.expected_value', values: { value: literal(zi.values[0]) } };
      return { key: 'issues.zod.one_of_values', values: { values: zi.values.map(literal).join('|') } };
    case 'too_big':
    case 'too_small':
      return sizeProblem(zi);
    case 'invalid_format':
      if (zi.format === 'regex' && 'pattern' in zi && typeof zi.pattern === 'string') return { key: 'issues.zod.pattern', values: { pattern: zi.pattern } };
      return { key: 'issues.zod.format', values: { format: zi.format } };
    case 'not_multiple_of':
      return { key: 'issues.zod.multiple_of', values: { divisor: String(zi.divisor) } };
    case 'invalid_key':
    case 'invalid_element': {
      // A key or value of a record or map: what is wrong with it is the issue inside.
      const [inner] = zi.issues;
      if (inner !== undefined) return zodProblem(inner);
      return { key: zi.code === 'invalid_key' ? 'issues.zod.invalid_key' : 'issues.zod.invalid_element' };
    }
    default:
      return { key: 'issues.zod.invalid' };
  }
}

/** What a bound counts, by what zod checked: the length of a text, the items of a list, or the value itself. */
const SIZED: Readonly<Record<string, string>> = {
  string: 'issues.zod.size.string',
  array: 'issues.zod.size.items',
  set: 'issues.zod.size.items',
  map: 'issues.zod.size.entries',
  file: 'issues.zod.size.bytes',
};

const LIMITS = {
  exactly: 'issues.zod.limit.exactly',
  at_most: 'issues.zod.limit.at_most',
  at_least: 'issues.zod.limit.at_least',
  below: 'issues.zod.limit.below',
  above: 'issues.zod.limit.above',
} as const;

/** A bound zod checks, as "must have at least 1 character" says it. */
function sizeProblem(zi: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): Words {
  const big = zi.code === 'too_big';
  const bound = Number(big ? zi.maximum : zi.minimum);
  const limit = zi.exact === true ? LIMITS.exactly : zi.inclusive === false ? (big ? LIMITS.below : LIMITS.above) : big ? LIMITS.at_most : LIMITS.at_least;
  return { key: SIZED[zi.origin] ?? 'issues.zod.size.value', values: { limit: { key: limit, values: { bound } }, bound } };
}

/** A type zod names ("string", "array"), in the words of the catalog. */
function typeName(type: string): Words {
  return { key: 'issues.zod.type', values: { type } };
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
