import { FONT_SCRIPTS, fontFamily, fontFile, type FontScript } from '../report/text/font-catalog.js';

// The characters each script's font is fetched for, so that a page in English never downloads the Thai or Chinese files.
const RANGES: Readonly<Record<FontScript, string>> = {
  latin: 'U+0000-024F, U+0300-052F, U+1E00-1EFF, U+2000-206F, U+20AC, U+2116, U+2122, U+2190-21FF',
  thai: 'U+0E00-0E7F',
  devanagari: 'U+0900-097F, U+A8E0-A8FF',
  bengali: 'U+0980-09FF',
  khmer: 'U+1780-17FF, U+19E0-19FF',
  sc: 'U+3000-303F, U+3400-4DBF, U+4E00-9FFF, U+FF00-FFEF',
  jp: 'U+3040-30FF, U+31F0-31FF',
  kr: 'U+1100-11FF, U+3130-318F, U+AC00-D7AF',
};

function fontFaces(): string {
  return FONT_SCRIPTS.flatMap((script) =>
    (['regular', 'bold'] as const).map(
      (weight) =>
        `@font-face{font-family:"gret ${fontFamily(script)}";src:url("/fonts/${fontFile(script, weight)}") format("truetype");font-weight:${weight === 'bold' ? 700 : 400};font-display:swap;unicode-range:${RANGES[script]};}`,
    ),
  ).join('\n');
}

const FAMILY = FONT_SCRIPTS.map((s) => `"gret ${fontFamily(s)}"`).join(', ');

/**
 * The pages' one style sheet, served from gret itself (the pages carry no inline style, which the
 * Content-Security-Policy forbids). Phone first: one column, large touch targets; wider screens
 * only get a wider measure. Focus is always visible.
 */
export const styleSheet = `${fontFaces()}
:root{--ink:#1b1b1f;--muted:#4a4a55;--line:#8a8a96;--accent:#0b5cad;--accent-ink:#fff;--bad:#a4161a;--paper:#fff;--soft:#f1f3f7;}
*{box-sizing:border-box}
html{font-family:${FAMILY}, sans-serif;font-size:100%;line-height:1.5;color:var(--ink);background:var(--paper)}
body{margin:0;padding:0 1rem 3rem;max-width:46rem;margin-inline:auto}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,summary:focus-visible,main:focus-visible{outline:3px solid #e8a317;outline-offset:2px}
.skip{position:absolute;left:-999rem}
.skip:focus{position:static;display:inline-block;margin:.5rem 0}
.banner{border-bottom:1px solid var(--line);padding:.5rem 0;margin-bottom:1rem}
.brand{margin:0;font-weight:700}
.banner ul,.steps ul{list-style:none;margin:.25rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.banner a,.steps a{display:inline-block;padding:.5rem 0;min-height:44px}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.where,.hint,.state{color:var(--muted)}
.hint{font-weight:400}
.where{margin:0;font-size:.95rem}
.progress{margin:.25rem 0;color:var(--muted)}
progress{width:8rem;height:.75rem;vertical-align:middle}
.tag{font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border:1px solid var(--bad);color:var(--bad);padding:0 .35rem;border-radius:.25rem;vertical-align:middle}
fieldset{border:1px solid var(--line);border-radius:.5rem;margin:1rem 0;padding:.5rem .75rem 1rem;min-width:0}
legend{font-weight:700;font-size:1.1rem;float:left;width:100%;padding:.5rem 0 .25rem}
legend+*{clear:both}
fieldset.typed legend,fieldset.na legend{font-size:1rem}
.typed{margin:0 0 .75rem 2rem}
fieldset.typed{padding:0 .75rem .5rem}
.option{display:flex;gap:.6rem;align-items:flex-start;padding:.5rem 0;border-bottom:1px solid var(--soft)}
.option input{width:1.4rem;height:1.4rem;flex:none;margin:.15rem 0 0}
.option label{flex:1;margin:0;font-weight:400}
label{display:block;margin:1rem 0 .25rem;font-weight:700}
input[type=text],textarea{width:100%;font:inherit;padding:.6rem;border:1px solid var(--line);border-radius:.375rem;background:var(--paper);color:var(--ink)}
details{margin:.5rem 0}
summary{cursor:pointer;padding:.5rem 0;color:var(--accent);font-weight:700}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1.25rem 0}
button,.button{font:inherit;font-weight:700;min-height:44px;padding:.6rem 1.1rem;border-radius:.375rem;border:2px solid var(--accent);background:var(--paper);color:var(--accent);cursor:pointer;text-decoration:none;display:inline-block}
button.primary,.button.primary{background:var(--accent);color:var(--accent-ink)}
button.danger{border-color:var(--bad);color:var(--bad)}
.problems{border:2px solid var(--bad);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
.problems h2{margin-top:.25rem;color:var(--bad)}
.problem{color:var(--bad);font-weight:700;margin:.25rem 0}
.notice{border-left:4px solid var(--accent);background:var(--soft);padding:.25rem .75rem;margin:1rem 0}
.evidence{border-top:1px solid var(--line);margin-top:1.5rem}
.contents{padding-left:1.5rem}
.contents li{margin:.35rem 0}
.contents .state{display:block;font-size:.95rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{text-align:left;padding:.4rem .35rem;overflow-wrap:break-word;border-bottom:1px solid var(--line);vertical-align:top}
/* A figure such as "10 of 12" reads as one: a narrow screen wraps the words around it instead. */
td.figure{white-space:nowrap}
dt{font-weight:700;margin-top:.75rem}
dd{margin:0 0 .5rem}
code{overflow-wrap:anywhere}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
/* The question page's shortcuts: apart from the form, and the toggle showing its state by sight as well as by aria-pressed. */
.shortcuts{border-top:1px solid var(--line);margin-top:1.5rem;color:var(--muted)}
.shortcuts button[aria-pressed=true]::before{content:"\\2713\\00a0"}
/* Four columns of a table fit a 360 px phone only with narrower cell padding. */
@media (max-width:24rem){th,td{padding:.4rem .2rem}}
@media (min-width:48rem){body{padding:0 2rem 3rem}h1{font-size:1.9rem}}
`;
