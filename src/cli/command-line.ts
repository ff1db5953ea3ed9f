import { hasControlChars } from '../core/sanitize.js';

/**
 * A command as the user would type it in a POSIX shell, quoting only the arguments that need it.
 * An argument holding control characters (a file literally named with a terminal escape) is
 * written as $'…' with each of them as \xNN: printing it can never drive the terminal, and the
 * line still names the same file when pasted into the shell.
 */
export function commandLine(...args: readonly string[]): string {
  return args.map(shellWord).join(' ');
}

function shellWord(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  if (hasControlChars(arg) || /[\n\t]/.test(arg)) {
    const escaped = arg.replace(/[\\']/g, '\\$&').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return `$'${escaped}'`;
  }
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
