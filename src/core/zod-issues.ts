import type { z } from 'zod';
import { issue, type Issue } from './issues.js';
import { quoted } from './sanitize.js';
import { unknownKey } from './unknown-key.js';

/** Turns zod's issues into ours, pointing unknown keys at the key itself. */
export function fromZod(file: string, error: z.ZodError): Issue[] {
  const out: Issue[] = [];
  for (const zi of error.issues) {
    const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        out.push(issue(file, [...path, key], 'UNKNOWN_KEY', unknownKey(key)));
      }
      continue;
    }
    out.push(issue(file, path, `SCHEMA_${zi.code.toUpperCase()}`, describe(zi, path)));
  }
  return out;
}

function describe(zi: z.core.$ZodIssue, path: readonly (string | number)[]): string {
  const where = path.length > 0 ? `${quoted(String(path[path.length - 1]))} ` : '';
  if (zi.code === 'invalid_type' && zi.message.includes('received undefined')) {
    return `${where}is required`;
  }
  if (zi.code === 'invalid_type' && zi.message.includes('received null')) {
    return `${where}is empty; fill it in`;
  }
  if (zi.code === 'invalid_union' && 'options' in zi && Array.isArray(zi.options)) {
    return `${where}must be one of: ${zi.options.join(', ')}`;
  }
  if (zi.code === 'invalid_type' && zi.expected === 'int') {
    return `${where}must be a whole number`;
  }
  return `${where}${zi.message.replace(/^Invalid input: /, '')}`.trim();
}
