import { usePagination } from '@inquirer/core';
import { wrap } from '../../report/terminal/wrap.js';
import type { Frame } from './frame.js';

/** One item of a list: the pointer, then `label` wrapped so that later lines start `indent` columns past the pointer. */
export function renderItem(frame: Frame, label: string, indent: number, isActive: boolean): string {
  const lines = wrap(label, frame.columns - 2, ' '.repeat(indent))
    .split('\n')
    .map((line, i) => (i === 0 ? `${isActive ? '❯' : ' '} ${line}` : `  ${line}`))
    .join('\n');
  return isActive ? frame.style.accent(lines) : lines;
}

/**
 * The part of a list that fits on the terminal with the `reserved` lines around it, kept
 * around the active item; a last line says when there is more to scroll to.
 */
export function useListPage(frame: Frame, rendered: readonly string[], active: number, reserved: number): { readonly body: string; readonly room: number } {
  // The cursor's own line and a gap above the keys.
  const room = Math.max(4, frame.rows - reserved - 2);
  const total = rendered.reduce((n, r) => n + lineCount(r), 0);
  const fits = total <= room;
  const page = usePagination({
    items: rendered,
    active: Math.max(active, 0),
    renderItem: ({ item }) => item,
    pageSize: fits ? room : room - 1,
    loop: false,
  });
  return { body: fits ? page : `${page}\n${frame.style.dim('  (more: ↑↓)')}`, room };
}

export function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length;
}
