import { beforeAll, describe, expect, it } from '@jest/globals';
import { renderPdf } from '../../src/report/pdf/render-pdf.js';
import type { UnshapedText } from '../../src/report/rendered.js';
import { buildAssessment } from './fixture.js';
import { extractPdf, squash, type ExtractedPdf } from './pdf-text.js';
import { reportInput } from './report-input.js';

// The smallest valid PNG: a 1×1 transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
let pdf: Uint8Array;
let warnings: readonly UnshapedText[];
let extracted: ExtractedPdf;
const allText = () => extracted.pages.map((p) => p.text).join('\n');

beforeAll(async () => {
  ({ content: pdf, warnings } = await renderPdf(reportInput()));
  extracted = await extractPdf(pdf);
});

describe('the PDF report', () => {
  it('has a cover, a summary, charts, one section per dimension, the plan and the annexes', () => {
    expect(extracted.pages.length).toBeGreaterThanOrEqual(15);
    const text = squash(allText());
    for (const heading of [
      'Executive summary',
      'Scores at a glance',
      'Institutional commitment and gender data',
      'Online service delivery',
      'E-participation and citizen uptake',
      'Connectivity, affordability and skills',
      'Action plan',
      'Quick wins',
      'Structural changes',
      'Indicators marked not applicable',
      'Annex B. Methodology',
      'Annex C. Score breakdown',
      'Annex D. All answers',
      'Annex E. Bibliography',
    ]) {
      expect(text).toContain(squash(heading));
    }
  });

  it('shows the overall score with its three figures', () => {
    const a = buildAssessment();
    const summary = extracted.pages[1]?.text ?? '';
    expect(summary).toContain(((a.overall.score ?? 0) * 100).toFixed(1));
    expect(summary).toContain(`${Math.round(a.overall.applicableWeight * 100)}%`);
    expect(summary).toContain(`${Math.round((a.overall.toTarget ?? 0) * 100)}%`);
  });

  it('renders notes in Thai, Chinese, Vietnamese, Japanese and Korean as extractable text', () => {
    const text = squash(allText());
    expect(text).toContain(squash('ข้อมูลผู้ใช้บริการยังไม่แยกตามเพศ'));
    expect(text).toContain(squash('数字政府培训课程中有一个关于性别分析的单元。'));
    expect(text.normalize('NFC')).toContain(squash('Chị Nguyễn Thị Hằng điều phối không chính thức'));
    expect(text).toContain('Digitalstrategynamesgendergoals');
    expect(text).toContain(squash('配偶の同意なしで申請できるようになりました。'));
    expect(text).toContain(squash('일부 서비스만 지역 언어로 제공됩니다.'));
  });

  it('shapes every script it draws, so it has nothing to warn about', () => {
    expect(warnings).toEqual([]);
  });

  it('embeds a subset of each font it uses, choosing it by script', () => {
    const names = extracted.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    for (const family of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansThai-Regular', 'NotoSansSC-Regular', 'NotoSansJP-Regular', 'NotoSansKR-Regular', 'NotoSansDevanagari-Regular', 'NotoSansBengali-Regular', 'NotoSansKhmer-Regular']) {
      expect(names).toContain(family);
    }
    for (const font of extracted.fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+Noto/);
      expect(font.embedded).toBe(true);
    }
  });

  it('is byte-identical when rendered twice', async () => {
    const { content: again } = await renderPdf(reportInput());
    expect(Buffer.compare(Buffer.from(again), Buffer.from(pdf))).toBe(0);
  });

  it('carries metadata, the document language and a bookmark for every section', () => {
    expect(extracted.info['Title']).toBe('Gender-responsive e-government self-assessment: Ministry of Digital Economy and Society');
    expect(extracted.info['Author']).toContain('Somchai Prasert');
    expect(extracted.info['Subject']).toEqual(expect.any(String));
    expect(extracted.info['Language']).toBe('en');
    expect(extracted.outline).toEqual(
      expect.arrayContaining(['Executive summary', 'Online service delivery', 'Action plan', 'Annex C. Score breakdown', 'Annex E. Bibliography']),
    );
    expect(extracted.outlineChildren.get('Action plan')).toEqual(['Quick wins', 'Medium term', 'Structural changes', 'What the short plan moves']);
  });

  it('is tagged: headings, paragraphs, lists, tables and figures with alternative text', () => {
    const roles = new Set(extracted.structure.map((s) => s.role));
    for (const role of ['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Figure']) expect(roles).toContain(role);
    const figures = extracted.structure.filter((s) => s.role === 'Figure');
    // The band scale, the heat map and the bar chart.
    expect(figures.length).toBeGreaterThanOrEqual(3);
    for (const f of figures) expect(f.alt?.length ?? 0).toBeGreaterThan(20);
  });

  it('never skips a heading level', () => {
    let previous = 0;
    for (const { role, level } of extracted.structure.filter((s) => s.level > 0)) {
      expect(`${role} after H${previous}`).toBe(`H${Math.min(level, previous + 1)} after H${previous}`);
      previous = level;
    }
  });

  it('keeps a space between the values of a table row and of a score card, as a reader gets them', () => {
    const row = extracted.structure.find((s) => s.role === 'TR' && s.text.startsWith('Institutional commitment and gender data '));
    expect(row?.text).toMatch(/^Institutional commitment and gender data \d+\.\d .+ \d+% \d+% $/);
    expect(extracted.structure.map((s) => s.text)).toContain('Digital strategy names gender goals critical ');
    const card = extracted.structure.find((s) => s.role === 'P' && s.text.startsWith('SCORE'));
    expect(card?.text).toMatch(/^SCORE \d+\.\d \S+( · [a-z ]+)* · out of 100/);
  });

  it('marks notes written in another language with that language', () => {
    const languages = new Set(extracted.structure.flatMap((s) => (s.lang === undefined ? [] : [s.lang])));
    for (const lang of ['th', 'zh', 'ja', 'ko', 'km', 'hi', 'bn', 'vi']) expect(languages).toContain(lang);
  });

  it('draws the template\'s logo on the cover, with the organisation as its text alternative', async () => {
    const input = reportInput();
    const { content: withLogo } = await renderPdf({ ...input, template: { ...input.template, logo: PNG } });
    expect(Buffer.from(withLogo).toString('latin1')).toContain('/Subtype /Image');
    const figures = (await extractPdf(withLogo)).structure.filter((s) => s.role === 'Figure');
    expect(figures.map((f) => f.alt)).toContain(input.template.look.organisation);
  });

  it('is a complete, tagged file whose footer counts its pages', () => {
    // extractPdf has checked the cross-reference table and the closing %%EOF on the way.
    expect(extracted.tagged).toBe(true);
    const pages = extracted.pages.length;
    expect(extracted.pages[pages - 1]?.text).toContain(`Page ${pages} of ${pages}`);
  });

  it('would be caught if it were cut short or its cross-references were off', async () => {
    await expect(extractPdf(pdf.subarray(0, pdf.length - 8))).rejects.toThrow('%%EOF');
    await expect(extractPdf(pdf.subarray(0, pdf.length / 2))).rejects.toThrow();
    const shifted = Buffer.concat([Buffer.from(pdf.subarray(0, 9)), Buffer.from('\n'), Buffer.from(pdf.subarray(9))]);
    await expect(extractPdf(shifted)).rejects.toThrow('cross-reference table');
  });
});

describe('the PDF layout under stress', () => {
  const longTitle = 'Cam kết thể chế, dữ liệu giới và năng lực số của bộ ngành ta'; // 60 characters
  let stress: ExtractedPdf;

  beforeAll(async () => {
    const assessment = buildAssessment({
      ministry: 'Ministry of Digital Economy, Society, Telecommunications, Innovation and the Advancement of Women in Rural and Remote Communities of the Kingdom',
      longNotes: true,
      dimensionTitle: { id: 'institutions', title: longTitle },
    });
    stress = await extractPdf((await renderPdf(reportInput(assessment))).content);
  });

  it('wraps a 60-character translated dimension name in every chart instead of cutting it', () => {
    expect([...longTitle].length).toBe(60);
    const bars = stress.pages.find((p) => p.text.includes('Dimension scores against targets'));
    expect(squash(bars?.text ?? '')).toContain(squash(longTitle));
    const heatMap = stress.pages.find((p) => p.text.includes('Every indicator against its target'));
    expect(squash(heatMap?.text ?? '')).toContain(squash(longTitle));
  });

  it('keeps every piece of text inside the page margins', () => {
    for (const page of stress.pages) {
      for (const item of page.items) {
        if (item.str.trim() === '') continue;
        expect(item.x).toBeGreaterThanOrEqual(40);
        expect(item.x + item.width).toBeLessThanOrEqual(page.width - 40);
        expect(item.y).toBeGreaterThanOrEqual(30);
        expect(item.y).toBeLessThanOrEqual(page.height - 25);
      }
    }
  });

  it('repeats the header row when a table continues on the next page', () => {
    const answerPages = stress.pages.filter((p) => p.text.includes('Annex D. All answers'));
    const continued = answerPages.filter((p) => squash(p.text).includes(squash('Indicator Answer Note Evidence')));
    expect(continued.length).toBeGreaterThan(1);
  });

  it('never leaves a heading as the last thing on a page', () => {
    const headings = ['Indicators', 'Notes from the answers', 'Quick wins', 'Medium term', 'Structural changes', 'Top five priorities'];
    for (const page of stress.pages) {
      const lines = page.items.filter((i) => i.str.trim() !== '' && i.y > 60);
      const last = lines.reduce<(typeof lines)[number] | undefined>((low, i) => (low === undefined || i.y < low.y ? i : low), undefined);
      expect(headings).not.toContain(last?.str.trim());
    }
  });
});
