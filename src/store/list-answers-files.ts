import { fsCause } from './fs-cause.js';
import { nodeHost, type Host } from './host.js';

const ANSWERS_FILE = /\.ya?ml$/i;
/** The copies the store keeps beside an answers file (see answers-file.ts and tidy-leftovers.ts): not assessments of their own. */
const SIDE_COPY = /\.(conflict|recovered)-\d+\.ya?ml$/i;

export interface AnswersFileList {
  readonly files: readonly string[];
  /** Inputs that could not be read, each with what is wrong. */
  readonly unreadable: readonly { readonly file: string; readonly problem: string }[];
  /** Copies kept beside an answers file, left out so that no assessment counts twice. */
  readonly sideCopies: readonly string[];
}

/**
 * The files named, and the answers files inside the folders named: recursively, in name order,
 * hidden ones left out. A folder reached twice (through a link that leads back up) is read once.
 */
export function listAnswersFiles(inputs: readonly string[], host: Host = nodeHost): AnswersFileList {
  const { fs, path } = host;
  const files: string[] = [];
  const unreadable: { file: string; problem: string }[] = [];
  const sideCopies: string[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  const add = (file: string): void => {
    if (seenFiles.has(file)) return;
    seenFiles.add(file);
    if (SIDE_COPY.test(file)) sideCopies.push(file);
    else files.push(file);
  };
  const walk = (dir: string): void => {
    const real = fs.realpathSync(dir);
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const entry = path.join(dir, name);
      const stat = fs.statSync(entry, { throwIfNoEntry: false });
      if (stat?.isDirectory() === true) walk(entry);
      else if (stat?.isFile() === true && ANSWERS_FILE.test(name)) add(entry);
    }
  };
  for (const input of inputs) {
    try {
      if (fs.statSync(input).isDirectory()) walk(input);
      else add(input);
    } catch (error) {
      unreadable.push({ file: input, problem: `Cannot read ${input}: ${fsCause(error)}.` });
    }
  }
  return { files, unreadable, sideCopies };
}
