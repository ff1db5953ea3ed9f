/** What the terminal gret writes to can show: colour, and characters beyond ASCII. */
export interface TerminalCapabilities {
  readonly colour: boolean;
  readonly unicode: boolean;
}

/** Everything the decision rests on, passed in so that any terminal can be described in a test. */
export interface TerminalFacts {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly stdoutIsTty: boolean;
  /** The Windows console's code page; asked only on Windows, and only when the answer matters. */
  readonly codePage: () => number | undefined;
}

const UTF8_CODE_PAGE = 65001;

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '';

/**
 * NO_COLOR (https://no-color.org) always wins; FORCE_COLOR turns colour on even into a pipe, and
 * off when it is 0 or false; otherwise colour goes to a terminal only, and never to TERM=dumb.
 */
function hasColour({ env, stdoutIsTty }: TerminalFacts): boolean {
  if (isSet(env['NO_COLOR'])) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stdoutIsTty && env['TERM'] !== 'dumb';
}

/*
 * Windows consoles that draw Unicode announce themselves: Windows Terminal, the VS Code and
 * JetBrains terminals, Cmder, and the mintty or Alacritty terminals that set an xterm-like TERM.
 * The classic console draws it only when set to the UTF-8 code page (`chcp 65001`); with a legacy
 * code page such as 437 or 850, box lines and arrows come out as the wrong letters.
 */
function windowsUnicode({ env, codePage }: TerminalFacts): boolean {
  const knownTerminal =
    isSet(env['WT_SESSION']) ||
    env['TERM_PROGRAM'] === 'vscode' ||
    env['TERMINAL_EMULATOR'] === 'JetBrains-JediTerm' ||
    env['ConEmuTask'] === '{cmd::Cmder}' ||
    env['TERM'] === 'xterm-256color' ||
    env['TERM'] === 'alacritty';
  return knownTerminal || codePage() === UTF8_CODE_PAGE;
}

/**
 * A dumb terminal gets neither colour nor Unicode. The Linux text console (TERM=linux), whose font
 * has a few hundred glyphs, gets ASCII, as the prompt library also assumes for its own symbols.
 */
export function terminalCapabilities(facts: TerminalFacts): TerminalCapabilities {
  const term = facts.env['TERM'];
  const unicode = term !== 'dumb' && (facts.platform === 'win32' ? windowsUnicode(facts) : term !== 'linux');
  return { colour: hasColour(facts), unicode };
}

/** The number in `chcp`'s answer, which is worded in the system's language ("Active code page: 850"). */
export function parseCodePage(output: string): number | undefined {
  const match = /(\d+)\D*$/.exec(output.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Asks the console for its code page; undefined when it cannot say. child_process is loaded here,
 * on Windows only: loading it costs every command on every other system a twentieth of start-up.
 */
export function windowsCodePage(): number | undefined {
  try {
    const { execFileSync } = process.getBuiltinModule('node:child_process');
    return parseCodePage(execFileSync('chcp.com', { encoding: 'latin1', timeout: 2000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined;
  }
}
