/** A one-line progress bar, e.g. "Reading assessments [######------] 512/1000". */
export function progressLine(done: number, total: number, columns: number): string {
  const counter = `${done}/${total}`;
  const label = 'Reading assessments ';
  const room = Math.max(10, Math.min(40, columns - label.length - counter.length - 4));
  const filled = total === 0 ? room : Math.round((done / total) * room);
  return `${label}[${'#'.repeat(filled)}${'-'.repeat(room - filled)}] ${counter}`;
}
