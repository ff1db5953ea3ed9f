import { createHash } from 'node:crypto';

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy a report page of gret's (`gret report --format html`) is served
 * with: it runs no script, loads nothing but what it carries (fonts and images as data:
 * addresses, and gret's own fonts), and its one style element and the style attributes of its
 * table columns are allowed by their hashes, each exactly as this page has them. The page is
 * built by gret's escaping renderer, so text from answers can hold neither a style element nor
 * an attribute: what the patterns find is the page's own markup.
 */
export function reportPolicy(page: string): string {
  const elements = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  const attributes = [...new Set([...page.matchAll(/<[a-z]+\s[^>]*?\bstyle="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)))];
  return [
    "default-src 'none'",
    `style-src-elem ${elements.length === 0 ? "'none'" : elements.map(hash).join(' ')}`,
    `style-src-attr ${attributes.length === 0 ? "'none'" : `'unsafe-hashes' ${attributes.map(hash).join(' ')}`}`,
    'img-src data:',
    "font-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
