import { UserError } from '../../core/errors.js';

export interface FileFormat {
  /** File name ending, without the dot. */
  readonly extension: string;
}

/** The formats asked for with --format, else the one -o's file name ends in, else the fallback. */
export function chooseFormats<F extends string>(
  registry: Readonly<Record<F, FileFormat>>,
  known: readonly F[],
  flag: string | undefined,
  output: string | undefined,
  fallback: F,
): F[] {
  const isKnown = (name: string): name is F => (known as readonly string[]).includes(name);
  if (flag === undefined) {
    const fromName = output === undefined ? undefined : known.find((f) => output.endsWith(`.${registry[f].extension}`));
    return [fromName ?? fallback];
  }
  const names = flag.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((n) => !isKnown(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new UserError('USAGE', `Unknown report format ${unknown.map((u) => `"${u}"`).join(', ') || '(none given)'}.`, {
      hint: `Use --format with one or more of ${known.join(', ')}, separated by commas.`,
    });
  }
  return [...new Set(names.filter(isKnown))];
}

/** One file per format: -o names the file of a single format, or the common stem of several. */
export function outputFiles<F extends string>(
  registry: Readonly<Record<F, FileFormat>>,
  known: readonly F[],
  formats: readonly F[],
  output: string | undefined,
  stem: string,
): Map<F, string> {
  const only = formats[0];
  if (formats.length === 1 && only !== undefined && output !== undefined) return new Map([[only, output]]);
  const name = output ?? stem;
  const ending = known.map((f) => `.${registry[f].extension}`).find((ext) => name.endsWith(ext));
  const base = ending === undefined ? name : name.slice(0, -ending.length);
  return new Map(formats.map((f) => [f, `${base}.${registry[f].extension}`]));
}
