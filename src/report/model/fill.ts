/** Fills `{name}` placeholders of a template phrase; unknown names are left visible, not dropped. */
export function fill(phrase: string, values: Readonly<Record<string, string | number>>): string {
  return phrase.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Fills the one-or-other phrase of a `_one` / `_other` pair, chosen by `count`, which also fills `{count}`. */
export function fillCount(count: number, one: string, other: string, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(count === 1 ? one : other, { ...values, count });
}
