/** A command as the user would type it in a POSIX shell, quoting only the arguments that need it. */
export function commandLine(...args: readonly string[]): string {
  return args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
