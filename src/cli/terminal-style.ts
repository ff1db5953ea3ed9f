import { asciiGlyphs, plainStyle, unicodeGlyphs, type Style } from '../report/terminal/style.js';
import type { TerminalCapabilities } from './terminal-capabilities.js';

/** The terminal's style: chalk only when colour is on, and loaded only then; ASCII glyphs where Unicode would not show. */
export async function terminalStyle(terminal: TerminalCapabilities): Promise<Style> {
  const glyphs = terminal.unicode ? unicodeGlyphs : asciiGlyphs;
  if (!terminal.colour) return { ...plainStyle, glyphs };
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, good: c.green, warn: c.yellow, bad: c.red, accent: c.cyan, glyphs };
}
