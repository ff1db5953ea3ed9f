import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputFiles } from '../../src/cli/output-files.js';
import { renderJson } from '../../src/report/json.js';
import { renderHtml } from '../../src/report/html/render-html.js';
import { pageCharacters } from '../../src/report/html/page-fonts.js';
import { reporters } from '../../src/report/index.js';
import { fontFile } from '../../src/report/text/font-catalog.js';
import { buildAssessment } from './fixture.js';
import { reportInput } from './report-input.js';
import { assessmentWithNotes, SCRIPT_SENTENCES } from './script-sentences.js';

const FONTS = join(import.meta.dirname, '..', '..', 'dist', 'fonts');

/** The result the page carries, read back as a browser's JSON.parse of the element's text would. */
function carried(html: string): unknown {
  const match = /<script type="application\/json" id="gret-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match?.[1] ?? 'null');
}

/** Each embedded font face: its family, weight and the size of its file. */
function faces(html: string) {
  return [...html.matchAll(/@font-face\{font-family:"([^"]+)";font-style:normal;font-weight:(\d+);src:url\(data:font\/woff2;base64,([^)]+)\)/g)].map((m) => ({
    family: m[1],
    weight: Number(m[2]),
    bytes: Buffer.from(m[3] ?? '', 'base64').length,
  }));
}

describe('the report as a web page', () => {
  it('is a registered format, so -o name gets the .html ending', () => {
    expect(outputFiles(reporters, 'html', 'report', 'report', 'pdf')).toEqual(new Map([['html', 'report.html']]));
    expect(outputFiles(reporters, undefined, 'out/report.html', 'report', 'pdf')).toEqual(new Map([['html', 'out/report.html']]));
  });

  it('gives the same bytes for the same assessment', async () => {
    const input = reportInput(assessmentWithNotes(SCRIPT_SENTENCES.map((s) => s.text)));
    expect((await renderHtml(input)).content).toBe((await renderHtml(input)).content);
  });

  it('carries the result exactly as --format json writes it', async () => {
    const assessment = buildAssessment();
    const { content } = await renderHtml(reportInput(assessment));
    expect(carried(content)).toEqual(JSON.parse(renderJson(assessment)));
  });
});

describe('what an answers file types into the web page', () => {
  const hostile = 'Ends here</script><script>alert("x")</script> <img src=x onerror=alert(1)> & \'quoted\' <!-- open';
  const ministry = 'Ministry</style><script>alert(2)</script> "of" Tests\\';

  it('is shown as text, in the body, the title, the print header and the data alike', async () => {
    const assessment = assessmentWithNotes([hostile], 'Notes <b>&amp; co</b>');
    const { content } = await renderHtml(reportInput({ ...assessment, meta: { ...assessment.meta, ministry } }));
    expect(content).toContain('Ends here&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp; &#39;quoted&#39; &lt;!-- open');
    expect(content).toContain('Notes &lt;b&gt;&amp;amp; co&lt;/b&gt;');
    // One style element and one script element, the page's own, each closed once.
    expect(content.match(/<\/?style/g)).toEqual(['<style', '</style']);
    expect(content.match(/<\/?script/g)).toEqual(['<script', '</script']);
    expect(content).not.toMatch(/<img|<b>|<!--/);
    expect(carried(content)).toEqual(JSON.parse(renderJson({ ...assessment, meta: { ...assessment.meta, ministry } })));
  });
});

describe('the fonts a web page embeds', () => {
  it('gives each script font the letters of its runs, and the Latin font none of them', () => {
    const chars = pageCharacters(['Note: ผู้หญิง 12', 'मंत्रालय ने'], 'en');
    expect([...chars.keys()]).toEqual(['latin', 'thai', 'devanagari']);
    expect(chars.get('latin')).not.toMatch(/\p{Script=Thai}|\p{Script=Devanagari}/u);
    expect(chars.get('latin')).toContain('N');
    expect(chars.get('thai')).toMatch(/^[ 12:\p{Script=Thai}]+$/u);
    expect([...(chars.get('devanagari') ?? '')].sort()).toEqual([...new Set([...' 12:मंत्रालय ने'])].sort());
  });

  it('embeds only the scripts that occur, in both weights, cut down to the glyphs used', async () => {
    const latinOnly = faces((await renderHtml(reportInput(assessmentWithNotes(['A note in English only.'])))).content);
    expect(latinOnly.map((f) => `${f.family} ${f.weight}`)).toEqual(['Noto Sans 400', 'Noto Sans 700']);
    const thai = SCRIPT_SENTENCES.find((s) => s.script === 'thai')?.text ?? '';
    const withThai = faces((await renderHtml(reportInput(assessmentWithNotes([thai])))).content);
    expect(withThai.map((f) => `${f.family} ${f.weight}`)).toEqual(['Noto Sans 400', 'Noto Sans 700', 'Noto Sans Thai 400', 'Noto Sans Thai 700']);
    const whole = readFileSync(join(FONTS, fontFile('thai', 'regular'))).length;
    expect(withThai.find((f) => f.family === 'Noto Sans Thai' && f.weight === 400)?.bytes).toBeLessThan(whole / 5);
  });
});
