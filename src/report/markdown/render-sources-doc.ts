import type { Rubric, Source } from '../../core/types.js';
import { escapeText } from './render-markdown.js';

/**
 * docs/sources.md: every source of the bundled packs, what each pack takes from it (each figure
 * or claim as the pack words it, and where it was checked), and which questions cite it. Written
 * from the bibliographies alone, so the page cannot say anything the packs do not.
 */
export function renderSourcesDoc(packs: readonly Rubric[]): string {
  const out = [
    '# Sources of the bundled rubric packs',
    '',
    '<!-- Generated from each pack\'s bibliography.yaml by `npm run docs:sources`; do not edit by hand. -->',
    '',
    'Each pack cites only what its questions and glossary use. Under a source, "Taken from it" quotes',
    'each figure or claim as the pack words it, with where it was found in the source; validation',
    'warns when a quoted figure no longer appears in the pack, so this list follows every rewording.',
    'Claims the packs make without a figure listed here are gret\'s own reasoning or proposal.',
  ];
  for (const pack of packs) {
    out.push('', `## ${escapeText(pack.title)} (${pack.id} ${pack.version})`);
    const citing = citingOf(pack);
    for (const source of pack.sources) out.push('', ...sourceEntry(source, citing.get(source.key) ?? []));
  }
  return `${out.join('\n')}\n`;
}

function sourceEntry(s: Source, citedBy: readonly string[]): string[] {
  const lines = [
    `### ${s.key}`,
    '',
    `${escapeText(s.organisation)} (${s.year}). *${escapeText(s.title)}*. <${s.url}>`,
  ];
  if (s.note !== undefined) lines.push('', escapeText(s.note));
  if (s.figures.length > 0) {
    lines.push('', 'Taken from it:', '');
    for (const f of s.figures) lines.push(`- “${escapeText(f.text.replace(/\s+/g, ' '))}” — checked: ${escapeText(f.checked)}`);
  }
  lines.push('', `Cited by: ${citedBy.map((c) => `\`${c}\``).join(', ')}`);
  return lines;
}

/** For each source key, the indicators (and glossary terms) that cite it, in pack order. */
function citingOf(pack: Rubric): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (key: string, who: string): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(who)) list.push(who);
    map.set(key, list);
  };
  for (const ind of pack.dimensions.flatMap((d) => d.indicators)) {
    for (const key of [...ind.sources, ...ind.recommendations.flatMap((r) => r.sources)]) add(key, ind.id);
  }
  for (const term of pack.glossary) for (const key of term.sources) add(key, `glossary: ${term.term}`);
  return map;
}
