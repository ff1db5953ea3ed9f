/**
 * Wraps text to `width` columns at spaces; a word longer than a line is split. Every line after
 * the first starts with `indent`. Blank-line paragraph breaks in the text are kept.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  const prefix = (): string => (lines.length === 0 ? '' : indent);
  for (const paragraph of text.split('\n')) {
    // Leading spaces are indentation the caller chose: keep them.
    let line = /^\s*/.exec(paragraph)?.[0] ?? '';
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const candidate = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
      if (prefix().length + candidate.length <= width) {
        line = candidate;
        continue;
      }
      if (line.trim() !== '') lines.push(prefix() + line);
      line = word;
      // Split a single word that cannot fit on any line.
      while (prefix().length + line.length > width) {
        const room = Math.max(1, width - prefix().length);
        lines.push(prefix() + line.slice(0, room));
        line = line.slice(room);
      }
    }
    lines.push(prefix() + line);
  }
  return lines.join('\n');
}
