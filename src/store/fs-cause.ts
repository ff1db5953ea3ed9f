import type { Words } from '../core/messages/messages.js';
/** The catalog's name for each cause a person can act on; the rest say the system's own text. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOENT: 'no_such_file',
  EACCES: 'permission_denied',
  EPERM: 'permission_denied',
  EBUSY: 'held_open',
  EISDIR: 'is_folder',
  ENOTDIR: 'not_folder_in_path',
  ENOSPC: 'disk_full',
  EDQUOT: 'quota_used_up',
  EIO: 'disk_error',
  EROFS: 'disk_read_only',
  ELOOP: 'symlink_loop',
  ENAMETOOLONG: 'name_too_long',
  EMFILE: 'too_many_open',
  ENFILE: 'too_many_open',
};

/** What went wrong with a file, in words a person can act on; the error's own text when it is none of these. */
export function fsCause(error: unknown): Words {
  const cause = CAUSES[errorCode(error) ?? ''];
  if (cause !== undefined) return { key: `errors.cause.${cause}` };
  return { key: 'errors.cause.other', values: { detail: error instanceof Error ? error.message : String(error) } };
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
