import type { FontLoader } from '../report-input.js';
import { escapeHtml } from './escape-html.js';
import { pageFonts } from './page-fonts.js';

/**
 * Everything a page may load is inside it: the policy forbids every other source, so even a
 * mistake in gret could not make the page reach out.
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export interface HtmlDocumentParts {
  readonly language: string;
  readonly title: string;
  readonly description: string;
  readonly author: string;
  readonly keywords: string;
  /** The page's style rules, after the embedded fonts. */
  readonly style: string;
  readonly body: string;
  /** Texts drawn outside the body, such as the printed page's header and footer, which the fonts must cover too. */
  readonly margins: readonly string[];
  /** Markup after the body's content, such as the data the page carries; no text of it is shown. */
  readonly trailer?: string;
  readonly loadFont: FontLoader;
  /** The language of the answers, which decides how Han characters are drawn. */
  readonly contentLanguage: string;
}

/** What a browser draws of the markup, for the fonts to cover: the text between tags, entities read back. */
function shownTexts(markup: string): string[] {
  const entities: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return markup
    .split(/<[^>]*>/)
    .map((t) => t.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e))
    .filter((t) => t.trim() !== '');
}

/** A base64 data: address, for files the page carries. */
export function dataAddress(mediaType: string, bytes: Uint8Array): string {
  return `data:${mediaType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}

/**
 * A whole self-contained page around a body: the document language, a policy that lets nothing
 * load from outside, a viewport for phones, and the fonts the shown text needs, embedded.
 */
export async function htmlDocument(parts: HtmlDocumentParts): Promise<string> {
  const fonts = await pageFonts([...shownTexts(parts.body), ...parts.margins], parts.loadFont, parts.contentLanguage);
  const head = [
    '<!doctype html>',
    `<html lang="${escapeHtml(parts.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<meta name="description" content="${escapeHtml(parts.description)}">`,
    `<meta name="author" content="${escapeHtml(parts.author)}">`,
    `<meta name="keywords" content="${escapeHtml(parts.keywords)}">`,
    '<meta name="generator" content="gret">',
    `<style>\n${fonts}\n${parts.style}\n</style>`,
    '</head>',
    '<body>',
  ];
  return [...head, parts.body, ...(parts.trailer === undefined ? [] : [parts.trailer]), '</body>', '</html>', ''].join('\n');
}
