import type { Words } from '../core/messages/messages.js';
import { fsCause } from './fs-cause.js';
import { nodeHost, type Host } from './host.js';

const ANSWERS_FILE = /\.ya?ml$/i;
/** The copies the store keeps beside an answers file (see answers-file.ts and tidy-leftovers.ts): not assessments of their own. */
const SIDE_COPY = /\.(conflict|recovered)-\d+\.ya?ml$/i;

type FoundFile =
  | { readonly kind: 'answers'; readonly file: string }
  /** An input that could not be read, with what is wrong. */
  | { readonly kind: 'unreadable'; readonly file: string; readonly problem: Words }
  /** A copy kept beside an answers file, left out so that no assessment counts twice. */
  | { readonly kind: 'side-copy'; readonly file: string };

/**
 * The files named, and the answers files inside the folders named: recursively, in name order,
 * hidden ones left out, one at a time as the walk finds them, so that a caller reading each
 * before the next never holds more than one folder's names. A folder reached twice (through a
 * link that leads back up) is read once, and a file named twice is given once.
 */
export function* walkAnswersFiles(inputs: readonly string[], host: Host = nodeHost): Generator<FoundFile> {
  const { fs, path } = host;
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  // The file, or nothing for a file given before: a list, not a generator made for every file the walk finds.
  const found = (file: string): FoundFile[] => {
    if (seenFiles.has(file)) return [];
    seenFiles.add(file);
    return [SIDE_COPY.test(file) ? { kind: 'side-copy', file } : { kind: 'answers', file }];
  };
  function* walk(dir: string): Generator<FoundFile> {
    const real = fs.realpathSync(dir);
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    for (const dirent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = dirent.name;
      if (name.startsWith('.')) continue;
      const entry = path.join(dir, name);
      // The folder's listing tells files and folders apart; only a link must be followed to see which it leads to.
      const kind = dirent.isSymbolicLink() ? fs.statSync(entry, { throwIfNoEntry: false }) : dirent;
      if (kind?.isDirectory() === true) yield* walk(entry);
      else if (kind?.isFile() === true && ANSWERS_FILE.test(name)) yield* found(entry);
    }
  }
  for (const input of inputs) {
    let isFolder: boolean;
    try {
      isFolder = fs.statSync(input).isDirectory();
    } catch (error) {
      yield { kind: 'unreadable', file: input, problem: cannotRead(input, error) };
      continue;
    }
    try {
      if (isFolder) yield* walk(input);
      else yield* found(input);
    } catch (error) {
      yield { kind: 'unreadable', file: input, problem: cannotRead(input, error) };
    }
  }
}

function cannotRead(file: string, error: unknown): Words {
  return { key: 'errors.read.cannot', values: { what: { key: 'files.assessment' }, file, reason: fsCause(error) } };
}
