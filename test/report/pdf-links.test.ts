import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildReport } from '../../src/report/model/build-report.js';
import { renderPdf } from '../../src/report/pdf/render-pdf.js';
import { webLinks } from '../../src/report/text/web-links.js';
import { buildAssessment } from './fixture.js';
import { extractPdf, type ExtractedPdf } from './pdf-text.js';
import { reportInput } from './report-input.js';

describe('webLinks', () => {
  it.each([
    ['See https://example.gov/plan.pdf.', ['https://example.gov/plan.pdf']],
    ['(https://example.gov/a), then http://example.org/b;', ['https://example.gov/a', 'http://example.org/b']],
    ['https://en.wikipedia.org/wiki/Fiji_(disambiguation).', ['https://en.wikipedia.org/wiki/Fiji_(disambiguation)']],
    ['Write to mailto:focal.point@example.gov', ['mailto:focal.point@example.gov']],
    ['https://ไทย.example/หน้า', ['https://xn--o3cw4h.example/%E0%B8%AB%E0%B8%99%E0%B9%89%E0%B8%B2']],
    ['javascript:alert(1) file:///etc/passwd JAVASCRIPT:alert(2) data:text/html,x', []],
    ['ftp://example.org/x www.example.org plan.pdf mailto:nobody https://', []],
    ['xhttps://example.org/inside-a-word', []],
  ])('%s', (text, hrefs) => {
    expect(webLinks(text).map((l) => l.href)).toEqual(hrefs);
  });

  it('gives where each address stands in the text', () => {
    expect(webLinks('Read https://example.gov/a.')).toEqual([{ start: 5, end: 26, href: 'https://example.gov/a' }]);
  });
});

describe('links in the PDF report', () => {
  let pdf: ExtractedPdf;
  let bytes: string;

  beforeAll(async () => {
    // An answers file is typed by anyone: only web and mail addresses may become links.
    const base = buildAssessment();
    const [first, ...others] = base.dimensions;
    if (first === undefined) throw new Error('the fixture has no dimension');
    const indicators = first.indicators.map((i, k) =>
      k === 1
        ? {
            ...i,
            note: 'Ask mailto:focal.point@example.gov, not javascript:alert(1).',
            evidence: [
              { title: 'Script', link: 'javascript:alert(document.cookie)', verification: 'claimed' as const },
              { title: 'Local file', link: 'file:///etc/passwd', verification: 'claimed' as const },
              { title: 'Shared drive', link: 'plans/2025.docx', verification: 'document-seen' as const },
            ],
          }
        : i,
    );
    const content = (await renderPdf(reportInput({ ...base, dimensions: [{ ...first, indicators }, ...others] }))).content;
    pdf = await extractPdf(content);
    bytes = Buffer.from(content).toString('latin1');
    // Rendering and reading back a report takes a while on a busy machine.
  }, 120_000);

  it('makes evidence links, bibliography addresses and mail addresses in notes clickable', () => {
    const urls = new Set(pdf.links.map((l) => l.url));
    expect([...urls].sort()).toEqual(['https://example.gov/strategy.pdf', 'https://www.unescap.org/', 'https://www.unwomen.org/', 'mailto:focal.point@example.gov']);
  });

  it('opens nothing else: no javascript, file or relative address', () => {
    expect(bytes).not.toMatch(/\/URI\s*\((?!https?:|mailto:)/);
    expect(bytes).not.toMatch(/\/S\s*\/(?:JavaScript|Launch|GoToR)/);
  });

  it('puts each link in the structure tree, as a Link element with its address as text', () => {
    // The contents' links, to sections inside the document, read as the section's title and page.
    const titles = buildReport(reportInput()).sections.map((s) => s.title);
    const contents = (text: string) => titles.some((t) => text.startsWith(`${t} `) && /^\d+$/.test(text.slice(t.length + 1)));
    const links = pdf.structure.filter((s) => s.role === 'Link' && !contents(s.text.trim()));
    expect(links.length).toBeLessThan(pdf.structure.filter((s) => s.role === 'Link').length);
    expect(new Set(links.map((l) => l.text.trim()))).toEqual(new Set(['https://example.gov/strategy.pdf', 'https://www.unescap.org/', 'https://www.unwomen.org/', 'mailto:focal.point@example.gov']));
  });
});
