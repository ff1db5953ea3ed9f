import type { Look } from '../../core/template/template-schema.js';

/**
 * A text as a CSS string, for the running header and page numbers of the printout: quotes and
 * backslashes escaped, and `<` written as an escape, so that nothing typed can close the style
 * element.
 */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n]/g, (c) => `\\${c.codePointAt(0)?.toString(16) ?? ''} `)}"`;
}

/** "Page {page} of {pages}" as the content of a page margin box. */
function pageNumberContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export interface PageFrame {
  readonly runningHeader: string;
  readonly pageNumber: string;
  readonly organisation: string;
}

/**
 * What every page gret writes shares: one column that reads at 320 px and at 200 % zoom (sizes
 * in rem), the template's colours, headings, tick boxes, and a printout on the template's paper
 * with a running header, the organisation and page numbers in the margins, as in the PDF.
 */
export function baseStyle(look: Look, frame: PageFrame): string {
  const c = look.colours;
  return `
:root{color:${c.text};background:#fff;--primary:${c.primary};--accent:${c.accent};--muted:${c.muted};--rule:${c.rule};--shade:${c.shade}}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-size:1rem;line-height:1.5;overflow-wrap:break-word}
.skip{position:absolute;left:0.5rem;top:-10rem;background:var(--primary);color:#fff;padding:0.5rem 1rem;z-index:1}
.skip:focus{top:0.5rem}
.page{max-width:52rem;margin:0 auto;padding:1rem}
a{color:var(--primary)}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
h1,h2,h3,h4{color:var(--primary);line-height:1.25;margin:1.5em 0 0.5em}
h1{font-size:2rem;margin-top:0.5em}
h2{font-size:1.5rem;border-top:4px solid var(--accent);padding-top:0.5em;margin-top:2.5em}
h3{font-size:1.2rem}
h4{font-size:1.05rem;color:inherit}
.muted{color:var(--muted)}
.label{font-weight:700}
.box{flex:none;width:0.85em;height:0.85em;border:2px solid currentColor;position:relative;top:0.1em}
.box.ticked::after{content:"";position:absolute;left:0.2em;top:-0.05em;width:0.25em;height:0.5em;border:solid currentColor;border-width:0 0.15em 0.15em 0;transform:rotate(45deg)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@page{size:${look.page_size};margin:20mm 16mm 18mm;@top-right{content:${cssString(frame.runningHeader)};font-size:8pt;color:${c.muted}}@bottom-left{content:${cssString(frame.organisation)};font-size:8pt;color:${c.muted}}@bottom-right{content:${pageNumberContent(frame.pageNumber)};font-size:8pt;color:${c.muted}}}
@page:first{@top-right{content:none}}
@media print{
body{font-size:10pt}
.page{max-width:none;padding:0}
.skip{display:none}
.new-page{break-before:page}
h2{margin-top:0}
h2,h3,h4{break-after:avoid}
a{color:inherit}
}
`.trim();
}

/**
 * The report page's style, after the shared one: nothing wider than the screen but tables and
 * charts, which scroll sideways; printed, each section on a new page as in the PDF, tables in
 * full and no entry split between pages.
 */
export function pageStyle(look: Look, frame: PageFrame): string {
  return `${baseStyle(look, frame)}
.cover .subtitle{font-size:1.2rem;color:var(--muted);margin-top:0}
.cover .organisation{font-weight:700;color:var(--primary)}
.cover .logo{max-width:12rem;max-height:5rem}
.cover dl{display:grid;grid-template-columns:minmax(0,auto) minmax(0,1fr);gap:0.25rem 1rem}
.cover dt{font-weight:700}
.cover dd{margin:0;overflow-wrap:anywhere}
.disclaimer{border-left:4px solid var(--rule);padding-left:1rem;color:var(--muted)}
.download{display:inline-block;margin:0.5rem 0;font-weight:700}
nav ol{padding-left:1.5rem}
nav .annexes{font-weight:700;margin-bottom:0}
.lead{font-size:1.1rem;font-weight:700}
.figures{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0;padding:0}
.figures div{flex:1 1 10rem;background:var(--shade);padding:0.75rem}
.figures dt{font-weight:700}
.figures dd{margin:0}
.figures .value{font-size:1.6rem;font-weight:700;color:var(--primary)}
.figures .note{color:var(--muted);font-size:0.9rem}
.key-messages{list-style:none;padding:0}
.key-messages li{display:flex;gap:0.6rem;align-items:baseline;font-weight:700;margin:0.5rem 0}
.mark{flex:none;width:0.9em;height:0.9em;vertical-align:-0.1em}
.decision{background:var(--shade);border-top:4px solid var(--accent);padding:0.25rem 1rem 1rem;margin:1.5rem 0}
.decision h3,.decision h4{margin-top:0.5em}
.scroll{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%}
.wide table{min-width:40rem}
th,td{border-bottom:1px solid var(--rule);padding:0.4rem 0.5rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--primary);color:var(--primary)}
tbody th{font-weight:400}
.right{text-align:right}
tfoot th,tfoot td{font-weight:700;border-top:2px solid var(--primary)}
.detail{display:block;color:var(--muted);font-size:0.9rem}
.chart svg{display:block;width:100%;min-width:36rem;height:auto}
.scroll tbody th,.scroll thead th:first-child{position:sticky;left:0;background:#fff}
.decision .scroll th{background:var(--shade)}
.scale svg{display:block;width:100%;max-width:40rem;min-width:30rem;height:auto}
.entry{border-left:4px solid var(--rule);padding:0 0 0 1rem;margin:1.5rem 0}
.entry h3,.entry h4{margin:0 0 0.25rem}
.entry p{margin:0.25rem 0}
.level{display:flex;gap:0.4rem;align-items:baseline;flex-wrap:wrap}
.level strong{font-weight:700}
.critical{font-weight:700;color:var(--accent)}
.checklist{list-style:none;padding:0;margin:0.25rem 0}
.checklist li{display:flex;gap:0.5rem;align-items:baseline}
.evidence{margin:0.25rem 0;padding-left:1.25rem}
footer{border-top:1px solid var(--rule);margin-top:3rem;padding-top:1rem;color:var(--muted)}
@media print{
.download{display:none}
h2+p{break-after:avoid}
.cover{break-after:page}
.scroll{overflow:visible}
.wide table{min-width:0}
tr,.entry,.figures div,.chart,.scale,.decision{break-inside:avoid}
.chart svg,.scale svg{min-width:0}
footer{display:none}
}
`.trim();
}
