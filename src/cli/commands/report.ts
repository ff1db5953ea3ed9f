import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import type { Issue, Parsed } from '../../core/issues.js';
import { isReportFormat, parseLook, parseWording, reporters, reportFormats, type ReportFormat, type ReportTemplate } from '../../report/index.js';
import { evaluate } from '../evaluate.js';
import { describeFsError, locate, readYaml, type YamlFile } from '../files.js';
import type { Io } from '../io.js';
import { fontsFolder, packageRoot } from '../package-root.js';
import { writeReports } from '../write-reports.js';

export interface ReportFlags {
  readonly output?: string;
  readonly format?: string;
  readonly rubric?: string;
  readonly target?: number;
  readonly targets?: string;
  readonly template?: string;
}

export const bundledTemplate = join(packageRoot, 'templates', 'report');

function parseFormats(flag: string | undefined, output: string | undefined): ReportFormat[] {
  if (flag === undefined) {
    const fromName = output === undefined ? undefined : reportFormats.find((f) => output.endsWith(`.${reporters[f].extension}`) || extname(output) === `.${f}`);
    return [fromName ?? 'pdf'];
  }
  // A format may also be named by the file ending it writes, as in `--format pdf,plan.csv`.
  const names = flag
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((n) => reportFormats.find((f) => reporters[f].extension === n) ?? n);
  const unknown = names.filter((n) => !isReportFormat(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new UserError('USAGE', `Unknown report format ${unknown.map((u) => `"${u}"`).join(', ') || '(none given)'}.`, {
      hint: `Use --format with one or more of ${reportFormats.join(', ')}, separated by commas.`,
    });
  }
  return [...new Set(names.filter(isReportFormat))];
}

/**
 * One file per format. -o names the file of a single format as given, unless its ending names
 * another format (`-o report.pdf --format md` writes report.md); with several formats it is
 * their common stem.
 */
function outputPaths(formats: readonly ReportFormat[], output: string | undefined, assessment: string): Map<ReportFormat, string> {
  const name = output ?? basename(assessment, extname(assessment));
  const endings = reportFormats.map((f) => `.${reporters[f].extension}`).sort((x, y) => y.length - x.length);
  const known = endings.find((ext) => name.endsWith(ext));
  const only = formats[0];
  if (formats.length === 1 && only !== undefined && output !== undefined && (known === undefined || known === `.${reporters[only].extension}`)) {
    return new Map([[only, output]]);
  }
  const stem = known === undefined ? name : name.slice(0, -known.length);
  return new Map(formats.map((f) => [f, `${stem}.${reporters[f].extension}`]));
}

/** Fails before the slow rendering when a file could not be written anyway. */
export function checkFolders(paths: Iterable<string>): void {
  for (const path of paths) {
    let folder = false;
    let reason = 'it is not a folder';
    try {
      folder = statSync(dirname(path)).isDirectory();
    } catch (error) {
      reason = describeFsError(error);
    }
    if (!folder) {
      throw new UserError('WRITE_FAILED', `Cannot write ${path}: ${reason}.`, { hint: 'Check that the folder exists and that you may write to it.' });
    }
  }
}

function checked<T>(yaml: YamlFile, parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  const issues: Issue[] = parsed.issues.map((i) => ({ ...i, position: locate(yaml, i.path) }));
  throw new UserError('TEMPLATE_INVALID', `The report template file ${yaml.file} has problems.`, {
    issues,
    hint: 'Compare it with the bundled templates/report folder; every key there is required and no other key is allowed.',
  });
}

const IMAGE_SIGNATURES: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
];

function readLogo(dir: string, name: string, lookFile: string): Uint8Array {
  const outside = new UserError('TEMPLATE_LOGO_OUTSIDE', `The logo "${name}" named in ${lookFile} lies outside the template folder.`, {
    hint: 'Put the image inside the template folder and name it relative to it, e.g. logo: logo.png.',
  });
  if (isAbsolute(name)) throw outside;
  let real: string;
  try {
    // Resolve symbolic links on both sides, so a link inside the folder cannot point out of it.
    real = realpathSync(resolve(dir, name));
  } catch (error) {
    throw new UserError('TEMPLATE_LOGO_MISSING', `Cannot read the logo "${name}" named in ${lookFile}: ${describeFsError(error)}.`);
  }
  const rel = relative(realpathSync(dir), real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw outside;
  const bytes = readFileSync(real);
  if (!IMAGE_SIGNATURES.some((sig) => sig.every((b, k) => bytes[k] === b))) {
    throw new UserError('TEMPLATE_LOGO_FORMAT', `The logo ${name} is not a PNG or JPEG image.`);
  }
  return bytes;
}

/** Reads and validates a report template folder: wording.yaml, look.yaml and the logo it names. */
export function loadTemplate(dir: string): ReportTemplate {
  const wordingYaml = readYaml(join(dir, 'wording.yaml'), 'a report template wording file');
  const lookYaml = readYaml(join(dir, 'look.yaml'), 'a report template look file');
  const wording = checked(wordingYaml, parseWording(wordingYaml.file, wordingYaml.data));
  const look = checked(lookYaml, parseLook(lookYaml.file, lookYaml.data));
  return { wording, look, logo: look.logo === null ? null : readLogo(dir, look.logo, lookYaml.file) };
}

export function loadFont(file: string): Uint8Array {
  return readFileSync(join(fontsFolder, file));
}

export async function report(io: Io, file: string, flags: ReportFlags): Promise<number> {
  const formats = parseFormats(flags.format, flags.output);
  const paths = outputPaths(formats, flags.output, file);
  checkFolders(paths.values());
  const { assessment } = await evaluate({
    assessment: file,
    ...(flags.rubric === undefined ? {} : { rubric: flags.rubric }),
    ...(flags.target === undefined ? {} : { target: flags.target }),
    ...(flags.targets === undefined ? {} : { targets: flags.targets }),
  });
  const template = loadTemplate(flags.template ?? bundledTemplate);
  await writeReports(io, reporters, formats, paths, { assessment, template, loadFont });
  return 0;
}
