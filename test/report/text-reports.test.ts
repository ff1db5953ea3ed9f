import { describe, expect, it } from '@jest/globals';
import { reporters } from '../../src/report/index.js';
import { csvText } from '../../src/report/csv/csv-text.js';
import { renderPlanCsv } from '../../src/report/csv/render-plan-csv.js';
import { renderMarkdown } from '../../src/report/markdown/render-markdown.js';
import { buildAssessment } from './fixture.js';
import { reportInput } from './report-input.js';
import { readCsv } from '../read-csv.js';
import { matchGolden } from '../compare/match-golden.js';

describe('Markdown report', () => {
  it('matches the golden file', () => {
    matchGolden('report.md', renderMarkdown(reportInput()));
  });

  it('carries the PDF sections, with the charts as tables', () => {
    const md = renderMarkdown(reportInput());
    for (const heading of ['## Executive summary', '## Scores at a glance', '#### Dimension scores against targets', '## Action plan', '### Quick wins', '## Indicators marked not applicable', '## Annex C. Score breakdown', '## Annex E. Bibliography']) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('| Institutional commitment and gender data | 32.6 |');
    expect(md).toContain('ข้อมูลผู้ใช้บริการยังไม่แยกตามเพศ');
  });

  it('escapes text that would break a table or start markup', () => {
    const base = buildAssessment();
    const [first, ...rest] = base.dimensions;
    if (first === undefined) throw new Error('fixture has no dimensions');
    const [indicator, ...others] = first.indicators;
    if (indicator === undefined) throw new Error('fixture has no indicators');
    const tricky = { ...indicator, title: 'Pipes | and *stars* <b>', note: 'line one\nline two | piped' };
    const assessment = { ...base, dimensions: [{ ...first, indicators: [tricky, ...others] }, ...rest] };
    const md = renderMarkdown(reportInput(assessment));
    expect(md).toContain('Pipes \\| and \\*stars\\* \\<b\\>');
    expect(md).toContain('line one<br>line two \\| piped');
  });
});

describe('JSON report', () => {
  it('is the result object, its kind and schema version first, matching the golden file', async () => {
    const json = String((await reporters.json.render(reportInput())).content);
    matchGolden('report.json', json);
    const parsed: unknown = JSON.parse(json);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(buildAssessment())));
    expect(json.startsWith('{\n  "kind": "gret-assessment-result",\n  "schemaVersion": "1.4.0",\n  "generator": {')).toBe(true);
  });
});

describe('CSV action plan', () => {
  const csv = renderPlanCsv(reportInput());
  const rows = readCsv(csv.slice(1));

  it('is UTF-8 with a byte order mark and CRLF line ends', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('reads back as one row per action, numbered as in the report, with empty planning columns', () => {
    const assessment = buildAssessment();
    const [header, ...body] = rows;
    expect(header).toEqual([
      'action', 'recommendation_id', 'recommendation', 'indicator_id', 'indicator', 'dimension', 'current_level', 'target_level',
      'critical', 'horizon', 'effort', 'responsible_unit', 'named_unit', 'timeframe', 'success_measure', 'in_short_plan', 'status',
    ]);
    expect(body).toHaveLength(assessment.recommendations.length);
    const first = assessment.recommendations[0];
    expect(body[0]?.slice(0, 4)).toEqual(['1', first?.id, first?.text, first?.indicator]);
    expect(body.map((r) => r[0])).toEqual(body.map((_, k) => String(k + 1)));
    expect(body[0]?.[14]).toBe(first?.successMeasure ?? '');
    for (const row of body) {
      expect(row).toHaveLength(17);
      expect([row[12], row[16]]).toEqual(['', '']);
    }
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const base = buildAssessment();
    const [r, ...rest] = base.recommendations;
    if (r === undefined) throw new Error('fixture has no recommendations');
    const text = 'Agree a "gender lead", then\nreport, quarterly';
    const back = readCsv(renderPlanCsv(reportInput({ ...base, recommendations: [{ ...r, text }, ...rest] })).slice(1));
    expect(back[1]?.[2]).toBe(text);
  });

  it('neutralises text from the pack that a spreadsheet would run as a formula', () => {
    const base = buildAssessment();
    const [r, ...rest] = base.recommendations;
    if (r === undefined) throw new Error('fixture has no recommendations');
    const text = '=HYPERLINK("http://example.org/x","Read the plan")';
    const back = readCsv(renderPlanCsv(reportInput({ ...base, recommendations: [{ ...r, text, owner: '@planning' }, ...rest] })).slice(1));
    expect([back[1]?.[2], back[1]?.[11]]).toEqual([`'${text}`, "'@planning"]);
  });
});

describe('CSV cells', () => {
  // [cell as given, as a spreadsheet reads it back]
  const cells: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-x', "'-x"],
    ['-', "'-"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tTabbed', "'\tTabbed"],
    ['\r=1+1', "'\r=1+1"],
    ['-3.5', '-3.5'],
    ['-12', '-12'],
    ['12', '12'],
    ['0.0', '0.0'],
    ['a=b', 'a=b'],
    ['', ''],
    ['Ministry of "Tests", Roads', 'Ministry of "Tests", Roads'],
  ];

  it.each(cells)('writes %j so that it reads back as %j', (cell, back) => {
    expect(readCsv(csvText([[cell, 'end']]).slice(1))).toEqual([[back, 'end']]);
  });
});
