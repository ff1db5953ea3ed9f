import { plainStyle, type Style } from '../report/terminal/style.js';

/** chalk only when colour is on, and loaded only then. */
export async function terminalStyle(colour: boolean): Promise<Style> {
  if (!colour) return plainStyle;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, good: c.green, warn: c.yellow, bad: c.red, accent: c.cyan };
}
