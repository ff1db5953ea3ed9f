import type { AssessmentRecord } from './assessment-record.js';

/** Group labels, made unique with the file name where two files carry the same one. */
export function groupLabels(group: readonly AssessmentRecord[]): { label: string; file: string }[] {
  const counts = new Map<string, number>();
  for (const r of group) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
  return group.map((r) => ({ label: (counts.get(r.group) ?? 0) > 1 ? `${r.group} (${r.file})` : r.group, file: r.file }));
}
