import { UserError } from '../core/errors.js';

interface FileFormat {
  /** File name ending, without the dot. */
  readonly extension: string;
}

/**
 * The one rule, for every command that writes reports, by which --format and -o become files.
 * Formats come from --format (by name, or by the ending they write: `plan.csv`), else from the
 * ending of -o, else the fallback. A single format is written to -o as given unless -o ends in
 * another format's ending (`-o cmp.pdf --format md` writes cmp.md: the content is never put
 * under a misleading name) or has no ending at all (`-o cmp --format pdf` writes cmp.pdf, which
 * a file manager then knows how to open); several formats share -o's stem.
 */
export function outputFiles<F extends string>(
  registry: Readonly<Record<F, FileFormat>>,
  flag: string | undefined,
  output: string | undefined,
  defaultStem: string,
  fallback: F,
): Map<F, string> {
  const known = Object.keys(registry) as F[];
  const endings = known
    .flatMap((f) => [...new Set([registry[f].extension, f])].map((e) => ({ format: f, ending: `.${e}` })))
    .sort((a, b) => b.ending.length - a.ending.length);
  const matched = output === undefined ? undefined : endings.find((e) => output.toLowerCase().endsWith(e.ending));
  const formats = flag === undefined ? [matched?.format ?? fallback] : parseFlag(flag, known, registry);
  const only = formats[0];
  const endless = output !== undefined && !/\.[^./\\]+$/.test(output);
  if (formats.length === 1 && only !== undefined && output !== undefined && !endless && (matched === undefined || matched.format === only)) {
    return new Map([[only, output]]);
  }
  const stem = output === undefined ? defaultStem : matched === undefined ? output : output.slice(0, -matched.ending.length);
  return new Map(formats.map((f) => [f, `${stem}.${registry[f].extension}`]));
}

function parseFlag<F extends string>(flag: string, known: readonly F[], registry: Readonly<Record<F, FileFormat>>): F[] {
  const names = flag
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '')
    .map((n) => known.find((f) => registry[f].extension === n) ?? n);
  const isKnown = (name: string): name is F => (known as readonly string[]).includes(name);
  const unknown = names.filter((n) => !isKnown(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new UserError(
      'USAGE',
      unknown.length === 0 ? { key: 'errors.usage.no_format' } : { key: 'errors.usage.unknown_format', values: { formats: unknown.map((u) => `"${u}"`).join(', ') } },
      { hint: { key: 'errors.usage.format_hint', values: { known: known.join(', ') } } },
    );
  }
  return [...new Set(names.filter(isKnown))];
}
