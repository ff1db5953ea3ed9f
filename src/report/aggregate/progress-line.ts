/**
 * A one-line progress count, e.g. "Reading assessments: 512 read, 3 skipped". The files are read
 * as the folders are walked, so how many there are in all is known only at the end: a count,
 * not a bar.
 */
export function progressLine(read: number, skipped: number, columns: number): string {
  const line = `Reading assessments: ${read} read${skipped === 0 ? '' : `, ${skipped} skipped`}`;
  return line.length < columns ? line : line.slice(0, Math.max(0, columns - 1));
}
