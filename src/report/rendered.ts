/** Text a font could not shape, drawn letter by letter instead, so its marks may sit out of place. */
export interface UnshapedText {
  /** The font family, as the font names itself. */
  readonly font: string;
  readonly texts: readonly string[];
}

/** What a reporter produces: the file's content and what the person running it should know. */
export interface Rendered<Content extends string | Uint8Array = string | Uint8Array> {
  readonly content: Content;
  readonly warnings: readonly UnshapedText[];
}

/** A reporter's result when rendering can raise no warning. */
export function rendered(content: string | Uint8Array): Rendered {
  return { content, warnings: [] };
}
