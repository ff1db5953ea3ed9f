// C0 controls other than newline and tab, DEL, and C1 controls (which include the CSI that starts terminal escapes).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

export function hasControlChars(text: string): boolean {
  return CONTROL.test(text);
}

/** Makes text from files safe to print: control characters become visible \xNN escapes. */
export function sanitize(text: string): string {
  return text.replace(CONTROL_ALL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
