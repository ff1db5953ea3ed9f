import type { Cover, ReportDocument, Section } from '../model/report-document.js';
import type { Rendered } from '../rendered.js';
import type { FontLoader, ReportTemplate } from '../report-input.js';
import type { DeclaredText } from '../text/declared-languages.js';
import { escapeHtml } from './escape-html.js';
import { dataAddress, htmlDocument } from './html-document.js';
import { HtmlText } from './html-text.js';
import { PageBlocks } from './page-blocks.js';
import { pageStyle } from './page-style.js';

/** A file the page offers for download, carried inside it as a data: address. */
export interface PageDownload {
  readonly label: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: string;
}

export interface HtmlPageOptions {
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
  /** The language of the answers, which decides how Han characters are drawn. */
  readonly contentLanguage: string;
  /** Texts whose language their source declares, to be marked with it wherever they appear. */
  readonly declared?: readonly DeclaredText[];
  /** The result as its JSON format writes it: the page carries it, so the file is also the data. */
  readonly data: string;
  readonly download?: PageDownload;
}

/**
 * JSON inside a script element, which ends at the first `</script`: every `<` is written as the
 * JSON escape \u003c, so no text in the result can end the element or open a comment.
 */
function embeddedJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}

function cover(c: Cover, text: HtmlText, blocks: PageBlocks, options: HtmlPageOptions): string {
  const { logo: bytes } = options.template;
  const logo = bytes === null ? '' : `<img class="logo" src="${dataAddress(isPng(bytes) ? 'image/png' : 'image/jpeg', bytes)}" alt="${escapeHtml(c.organisation)}">`;
  const lines = c.lines.map((l) => `<dt>${text.inline(l.label)}</dt><dd>${text.inline(l.value)}</dd>`).join('');
  const download =
    options.download === undefined
      ? ''
      : `<p><a class="download" download="${escapeHtml(options.download.fileName)}" href="${dataAddress(`${options.download.mediaType};charset=utf-8`, new TextEncoder().encode(options.download.content))}">${text.inline(options.download.label)}</a></p>`;
  return [
    '<header class="cover">',
    logo,
    `<p class="organisation">${text.inline(c.organisation)}</p>`,
    `<h1>${text.inline(c.title)}</h1>`,
    `<p class="subtitle">${text.inline(c.subtitle)}</p>`,
    `<p>${text.inline(c.preparedFor)}: <strong>${text.inline(c.ministry)}</strong></p>`,
    lines === '' ? '' : `<dl>${lines}</dl>`,
    `<p class="disclaimer">${text.inline(c.disclaimer)}</p>`,
    download,
    c.contents === undefined ? '' : blocks.contents(c.contents, 'h2'),
    '</header>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function section(s: Section, text: HtmlText, blocks: PageBlocks): string {
  const id = escapeHtml(s.id);
  return `<section${s.newPage === false ? '' : ' class="new-page"'} aria-labelledby="${id}">\n<h2 id="${id}">${text.inline(s.title)}</h2>\n${blocks.blocks(s.blocks, id)}\n</section>`;
}

/**
 * Any report document (the single report, a comparison, a summary) as one self-contained HTML
 * page: landmarks, one h1 and headings in order, real tables, a table of contents, the charts
 * as inline SVG with their data beside them, the fonts the text needs embedded and cut down to
 * the glyphs it uses, the result as JSON inside, and a stylesheet for phones, zoom and print.
 * Same document and options, same bytes.
 */
export async function renderHtmlPage(report: ReportDocument, options: HtmlPageOptions): Promise<Rendered<string>> {
  const w = options.template.wording.web_page;
  const text = new HtmlText(report.language, options.contentLanguage, options.declared ?? []);
  const blocks = new PageBlocks(text, options.template.look.colours, options.contentLanguage);
  const body = [
    `<a class="skip" href="#main">${text.inline(w.skip_link)}</a>`,
    '<div class="page">',
    cover(report.cover, text, blocks, options),
    '<main id="main" tabindex="-1">',
    ...report.sections.map((s) => section(s, text, blocks)),
    '</main>',
    `<footer><p>${text.inline(report.cover.organisation)}</p><p>${text.inline(w.data_note)}</p></footer>`,
    '</div>',
  ].join('\n');
  const frame = { runningHeader: report.runningHeader, pageNumber: report.pageNumber, organisation: report.cover.organisation };
  const content = await htmlDocument({
    language: report.language,
    title: report.title,
    description: report.subject,
    author: report.author,
    keywords: report.keywords,
    style: pageStyle(options.template.look, frame),
    body,
    margins: printedMargins(frame),
    trailer: `<script type="application/json" id="gret-data">${embeddedJson(options.data)}</script>`,
    loadFont: options.loadFont,
    contentLanguage: options.contentLanguage,
  });
  return { content, warnings: [] };
}

/** The texts of the printed page's header and footer, the page numbers' digits among them. */
export function printedMargins(frame: { readonly runningHeader: string; readonly pageNumber: string; readonly organisation: string }): string[] {
  return [frame.runningHeader, frame.organisation, frame.pageNumber.replace(/\{pages?\}/g, '0123456789')];
}
