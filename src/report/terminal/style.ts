/** Terminal emphasis, injected so reporters never import a colour library. Meaning never rests on colour alone. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly good: (s: string) => string;
  readonly warn: (s: string) => string;
  readonly bad: (s: string) => string;
  readonly accent: (s: string) => string;
}

const same = (s: string): string => s;

export const plainStyle: Style = { bold: same, dim: same, good: same, warn: same, bad: same, accent: same };
