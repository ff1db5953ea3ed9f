import { describe, expect, it } from '@jest/globals';
import { parseCodePage, terminalCapabilities, type TerminalFacts } from '../../src/cli/terminal-capabilities.js';

type Case = [string, Partial<Omit<TerminalFacts, 'codePage'>> & { codePage?: number }, { colour: boolean; unicode: boolean }];

function facts(given: Case[1]): TerminalFacts & { asked: () => number } {
  let asked = 0;
  return {
    env: given.env ?? {},
    platform: given.platform ?? 'linux',
    stdoutIsTty: given.stdoutIsTty ?? true,
    codePage: () => {
      asked += 1;
      return given.codePage;
    },
    asked: () => asked,
  };
}

describe('terminalCapabilities', () => {
  it.each<Case>([
    ['a Linux terminal', { env: { TERM: 'xterm-256color' } }, { colour: true, unicode: true }],
    ['a pipe', { stdoutIsTty: false }, { colour: false, unicode: true }],
    ['NO_COLOR', { env: { NO_COLOR: '1' } }, { colour: false, unicode: true }],
    ['an empty NO_COLOR, which does not count', { env: { NO_COLOR: '' } }, { colour: true, unicode: true }],
    ['NO_COLOR over FORCE_COLOR', { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }, { colour: false, unicode: true }],
    ['FORCE_COLOR into a pipe', { stdoutIsTty: false, env: { FORCE_COLOR: '1' } }, { colour: true, unicode: true }],
    ['FORCE_COLOR=0 on a terminal', { env: { FORCE_COLOR: '0' } }, { colour: false, unicode: true }],
    ['FORCE_COLOR=false on a terminal', { env: { FORCE_COLOR: 'false' } }, { colour: false, unicode: true }],
    ['TERM=dumb', { env: { TERM: 'dumb' } }, { colour: false, unicode: false }],
    ['TERM=dumb on Windows', { platform: 'win32', env: { TERM: 'dumb', WT_SESSION: 'x' }, codePage: 65001 }, { colour: false, unicode: false }],
    ['the Linux text console', { env: { TERM: 'linux' } }, { colour: true, unicode: false }],
    ['the Windows console on code page 437', { platform: 'win32', codePage: 437 }, { colour: true, unicode: false }],
    ['the Windows console on code page 850, into a pipe', { platform: 'win32', stdoutIsTty: false, codePage: 850 }, { colour: false, unicode: false }],
    ['the Windows console on UTF-8 (chcp 65001)', { platform: 'win32', codePage: 65001 }, { colour: true, unicode: true }],
    ['a Windows console that cannot say its code page', { platform: 'win32' }, { colour: true, unicode: false }],
    ['Windows Terminal, whatever the code page', { platform: 'win32', env: { WT_SESSION: '3f2a' }, codePage: 437 }, { colour: true, unicode: true }],
    ['the VS Code terminal on Windows', { platform: 'win32', env: { TERM_PROGRAM: 'vscode' }, codePage: 850 }, { colour: true, unicode: true }],
    ['Git Bash (mintty) on Windows', { platform: 'win32', env: { TERM: 'xterm-256color' }, codePage: 850 }, { colour: true, unicode: true }],
  ])('%s', (_name, given, expected) => {
    expect(terminalCapabilities(facts(given))).toEqual(expected);
  });

  it('asks for the code page only on Windows, and only when the terminal has not said it draws Unicode', () => {
    const linux = facts({ env: {} });
    const windowsTerminal = facts({ platform: 'win32', env: { WT_SESSION: '3f2a' } });
    const legacy = facts({ platform: 'win32', codePage: 437 });
    for (const f of [linux, windowsTerminal, legacy]) terminalCapabilities(f);
    expect([linux.asked(), windowsTerminal.asked(), legacy.asked()]).toEqual([0, 0, 1]);
  });
});

describe('parseCodePage', () => {
  it.each([
    ['Active code page: 437\r\n', 437],
    ['Aktive Codepage: 850.\r\n', 850],
    ['P\xe1gina de c\xf3digos activa: 1252\r\n', 1252],
    ['Active code page: 65001', 65001],
    ['', undefined],
    ['chcp is not available', undefined],
  ])('%j', (output, expected) => {
    expect(parseCodePage(output)).toBe(expected);
  });
});
