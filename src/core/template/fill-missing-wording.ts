/**
 * A copied template stays usable when gret adds report phrases: each key the bundled wording has
 * and the copy lacks is taken from the bundled wording, and named, so the consultant can translate
 * or rephrase it. Keys the copy has and the bundled wording does not are left for the schema to
 * refuse; a value of the wrong shape is left as it is, to be reported where it stands.
 */
export function fillMissingWording(copy: unknown, bundled: unknown): { readonly data: unknown; readonly filled: readonly string[] } {
  const filled: string[] = [];
  const walk = (mine: unknown, theirs: unknown, path: readonly string[]): unknown => {
    if (!isRecord(mine) || !isRecord(theirs)) return mine;
    const out: Record<string, unknown> = { ...mine };
    for (const [key, value] of Object.entries(theirs)) {
      if (!(key in mine)) {
        out[key] = value;
        filled.push([...path, key].join('.'));
      } else {
        out[key] = walk(mine[key], value, [...path, key]);
      }
    }
    return out;
  };
  return { data: walk(copy, bundled, []), filled };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
