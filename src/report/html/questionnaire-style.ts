import type { Look } from '../../core/template/template-schema.js';
import { baseStyle, type PageFrame } from './page-style.js';

/**
 * The paper questionnaire's style, after the shared one: tick boxes, ruled lines to write on
 * (each as many rows as the answer needs), the indicator id in small print, and, printed, each
 * dimension on a new page and no question split between pages.
 */
export function questionnaireStyle(look: Look, frame: PageFrame): string {
  return `${baseStyle(look, frame)}
.front .subtitle{font-size:1.2rem;color:var(--muted);margin-top:0}
.fields{display:grid;grid-template-columns:minmax(0,auto) minmax(0,1fr);gap:0.75rem 1rem;align-items:end;margin:1.5rem 0}
.fields dt{font-weight:700}
.fields dd{margin:0;border-bottom:1px solid var(--muted);min-height:1.6em}
.instructions{font-size:1.1rem;font-weight:700}
.question{border-top:1px solid var(--rule);padding-top:0.75rem;margin:1.5rem 0}
.question h3{margin:0 0 0.5rem}
.number{color:var(--muted);margin-right:0.4em}
.ask{font-weight:700}
.ticks{list-style:none;padding:0;margin:0.5rem 0}
.ticks .ticks{margin:0.25rem 0 0.25rem 1.75rem}
.ticks li{margin:0.3rem 0}
.tick{display:flex;gap:0.6rem;align-items:baseline}
.write{display:block;flex:1 1 8rem;border-bottom:1px solid var(--muted);min-height:1.4em}
.blank{display:flex;gap:0.6rem;align-items:baseline;margin:0.3rem 0}
.lines{margin:0.75rem 0}
.row{display:block;height:2.2em;border-bottom:1px solid var(--muted)}
.id{font-size:0.8rem;color:var(--muted);text-align:right;margin:0.5rem 0 0}
@media print{
.front{break-after:page}
.question{break-inside:avoid;margin:0.75rem 0;padding-top:0.5rem}
.question p,.lines{margin:0.3em 0}
.ticks li{margin:0.15em 0}
body{font-size:9pt}
}`;
}
