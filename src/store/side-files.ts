import type { Host } from './host.js';

/*
 * Names of the files the store keeps beside a user's file. A temporary file carries the writer's
 * process id and the size it will have once complete, so a later run can tell an unfinished save
 * (too short) from a finished one that was never renamed into place.
 */

/** Random enough that two writers never pick the same name. crypto loads on the first name made, so a command that writes no file never pays for it. */
function randomPart(): string {
  return process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex');
}

export function tempName(file: string, size: number | undefined, host: Host): string {
  // A file written as its content is produced has no size to give: its name says nothing of one.
  return sideName(file, `${host.pid}-${randomPart()}${size === undefined ? '' : `-${size}`}.tmp`, host);
}

/** Where the old version waits while a set of files is renamed into place, to be put back on failure. */
export function backupName(file: string, host: Host): string {
  return sideName(file, `${host.pid}-${randomPart()}.old`, host);
}

function sideName(file: string, suffix: string, host: Host): string {
  const { dirname, basename, join } = host.path;
  return join(dirname(file), `.${basename(file)}.${suffix}`);
}

interface SideFile {
  readonly path: string;
  readonly pid: number;
  /** For a temporary file, the size it has when complete; undefined for a backup. */
  readonly size: number | undefined;
}

/** The store's temporary and backup files beside `file`, as left by runs that may have been stopped. */
export function sideFilesOf(file: string, host: Host): SideFile[] {
  const { dirname, basename, join } = host.path;
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = host.fs.readdirSync(dirname(file));
  } catch {
    return [];
  }
  const found: SideFile[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)-[0-9a-f]{8}(?:-(\d+)\.tmp|\.old)$/.exec(name.slice(prefix.length));
    if (match === null) continue;
    found.push({ path: join(dirname(file), name), pid: Number(match[1]), size: match[2] === undefined ? undefined : Number(match[2]) });
  }
  return found;
}

/** `a.yaml` → `a.conflict-1.yaml`, the first number not yet taken. */
export function freeName(file: string, label: string, host: Host): string {
  const { dirname, basename, extname, join } = host.path;
  const ext = extname(file);
  const stem = basename(file, ext);
  for (let n = 1; ; n += 1) {
    const candidate = join(dirname(file), `${stem}.${label}-${n}${ext}`);
    try {
      host.fs.lstatSync(candidate);
    } catch {
      return candidate;
    }
  }
}
