import { describe, expect, it } from '@jest/globals';
import { buildReport } from '../../src/report/model/build-report.js';
import type { IndicatorEntries, Table } from '../../src/report/model/report-document.js';
import { hanScript, scriptRuns } from '../../src/report/text/script-runs.js';
import { textLanguage } from '../../src/report/text/text-language.js';
import { buildAssessment } from './fixture.js';
import { reportInput } from './report-input.js';

function tables(title: string): Table[] {
  const section = buildReport(reportInput()).sections.find((s) => s.title === title);
  return (section?.blocks ?? []).filter((b): b is Table => b.kind === 'table');
}

describe('score breakdown annex', () => {
  const assessment = buildAssessment();
  const breakdown = tables('Annex C. Score breakdown');

  it('adds every dimension up exactly to its displayed score', () => {
    assessment.dimensions.forEach((d, k) => {
      const table = breakdown[k];
      const rows = table?.rows ?? [];
      const total = rows[rows.length - 1];
      const parts = rows.slice(0, -1).map((r) => Number(r[4]?.text)).filter((n) => !Number.isNaN(n));
      expect(total?.[4]?.text).toBe(((d.score ?? 0) * 100).toFixed(1));
      expect(parts.reduce((s, v) => s + v, 0).toFixed(1)).toBe(total?.[4]?.text);
    });
  });

  it('adds the dimensions up exactly to the overall index', () => {
    // One table per dimension, then the overall table; the tables of ranges and gates follow.
    const overall = breakdown[assessment.dimensions.length];
    const rows = overall?.rows ?? [];
    const parts = rows.slice(0, -1).map((r) => Number(r[4]?.text));
    expect(rows[rows.length - 1]?.[4]?.text).toBe(((assessment.overall.score ?? 0) * 100).toFixed(1));
    expect(parts.reduce((s, v) => s + v, 0).toFixed(1)).toBe(rows[rows.length - 1]?.[4]?.text);
  });
});

describe('not-applicable list', () => {
  it('lists every excluded indicator with its reason', () => {
    const [table] = tables('Indicators marked not applicable');
    const excluded = buildAssessment().dimensions.flatMap((d) => d.indicators.filter((i) => !i.applicable));
    expect(table?.rows.map((r) => r[0]?.text)).toEqual(excluded.map((i) => i.title));
    expect(table?.rows.map((r) => r[2]?.text)).toContain('Handled at national level');
  });
});

describe('marks beside the bands', () => {
  it('says in the dimension table why a band is capped, and gives the range under the score', () => {
    const [table] = tables('Executive summary');
    const row = table?.rows.find((r) => r[0]?.text === 'Connectivity, affordability and skills');
    expect(row?.[1]).toEqual({ text: '60.0', detail: 'up to 67.5' });
    expect(row?.[2]?.text).toBe('Gender-sensitive · capped · provisional');
    expect(row?.[2]?.detail).toContain(
      'Capped at Gender-sensitive (the score alone would reach Gender-responsive): Data on the gender gap in internet use is at level 1, below the level 2 that Gender-responsive needs.',
    );
  });

  it('shows the scores with the excluded indicators at level 0 beside the reported ones', () => {
    const [, atZero] = tables('Indicators marked not applicable');
    const assessment = buildAssessment();
    expect(atZero?.rows[0]?.map((c) => c.text)).toEqual([
      'Overall index',
      ((assessment.overall.score ?? 0) * 100).toFixed(1),
      ((assessment.overall.scoreExcludedAtZero ?? 0) * 100).toFixed(1),
    ]);
    expect(atZero?.rows).toHaveLength(1 + assessment.dimensions.filter((d) => d.indicators.some((i) => !i.applicable)).length);
  });

  it('checks every gate of every score in the breakdown annex', () => {
    const breakdown = tables('Annex C. Score breakdown');
    const gates = breakdown[breakdown.length - 1];
    const assessment = buildAssessment();
    expect(gates?.rows).toHaveLength((assessment.dimensions.length + 1) * 2);
    const result = (score: string, band: string) => gates?.rows.find((r) => r[0]?.text === score && r[1]?.text === band)?.[3]?.text;
    expect(result('Online service delivery', 'Gender-responsive')).toBe('met');
    expect(result('Connectivity, affordability and skills', 'Gender-responsive')).toBe(
      'Data on the gender gap in internet use is at level 1, below the level 2 that Gender-responsive needs',
    );
  });
});

describe('script runs', () => {
  it.each([
    ['plain Latin, with digits', 'Plan 2024–2028', [['Plan 2024–2028', 'latin']]],
    ['Thai after Latin', 'Note: ข้อมูล', [['Note: ', 'latin'], ['ข้อมูล', 'thai']]],
    ['Chinese with its punctuation', '数据，完成。', [['数据，完成。', 'sc']]],
    ['Japanese kanji with kana', '申請できる', [['申請できる', 'jp']]],
    ['Korean', '서비스 (지역)', [['서비스 (지역)', 'kr']]],
    ['Devanagari then Bengali', 'लाभ সেবা', [['लाभ ', 'devanagari'], ['সেবা', 'bengali']]],
  ])('%s', (_, text, expected) => {
    expect(scriptRuns(text, 'en').map((r) => [r.text, r.script])).toEqual(expected);
  });

  it('moves a character the run font lacks to a font that has it', () => {
    const covers = (script: string, cp: number) => !(script === 'thai' && cp === 0x2192);
    expect(scriptRuns('ไทย→', 'en', covers).map((r) => r.script)).toEqual(['thai', 'latin']);
  });

  it('gives Latin text a character of it the Latin font lacks in a font that has it', () => {
    const covers = (script: string, cp: number) => !(script === 'latin' && cp === 0x2192);
    expect(scriptRuns('Plan → Tô Văn', 'en', covers).map((r) => [r.text, r.script])).toEqual([
      ['Plan ', 'latin'],
      ['→ ', 'sc'],
      ['Tô Văn', 'latin'],
    ]);
    expect(scriptRuns('', 'en')).toEqual([]);
    expect(scriptRuns('Tô Văn 𝑥', 'en').map((r) => [r.text, r.script])).toEqual([['Tô Văn 𝑥', 'latin']]);
  });

  it.each([
    ['漢字', 'en', 'sc'],
    ['漢字', 'ja', 'jp'],
    ['漢字', 'ko', 'kr'],
    ['漢字とかな', 'en', 'jp'],
    ['漢字 한글', 'en', 'kr'],
  ])('Han in %s with document language %s uses %s', (text, language, script) => {
    expect(hanScript(text, language)).toBe(script);
  });
});

describe('textLanguage', () => {
  it.each([
    ['ข้อมูลผู้ใช้บริการยังไม่แยกตามเพศ', 'th'],
    ['Sex-disaggregated data: ข้อมูลผู้ใช้บริการยังไม่แยกตามเพศ', 'th'],
    ['数字政府培训课程中有一个关于性别分析的单元。', 'zh'],
    ['配偶の同意なしで申請できるようになりました。', 'ja'],
    ['男女共同参画基本計画の策定', 'ja'],
    ['일부 서비스만 지역 언어로 제공됩니다.', 'ko'],
    ['Chị Nguyễn Thị Hằng điều phối không chính thức; chưa có quyết định.', 'vi'],
    ['Assessed by Somchai Prasert and Nguyễn Thị Hằng of the planning unit.', null],
    ['Plain English with a café.', null],
  ])('%s is %s', (text, language) => {
    expect(textLanguage(text, 'en')).toBe(language);
  });
});

describe('indicator entries', () => {
  it("never show a level's descriptor for an answer not given: don't know and unanswered say what they are", () => {
    const assessment = buildAssessment();
    const open = assessment.dimensions.flatMap((d) => d.indicators).filter((i) => i.status === 'dont-know' || i.status === 'unanswered');
    expect(open.length).toBeGreaterThan(1);
    const descriptors = assessment.dimensions.flatMap((d) => d.indicators).flatMap((i) => (i.descriptor === null ? [] : [i.descriptor]));
    const entries = buildReport(reportInput(assessment))
      .sections.flatMap((s) => s.blocks)
      .filter((b): b is IndicatorEntries => b.kind === 'indicators')
      .flatMap((b) => b.entries);
    for (const indicator of open) {
      const entry = entries.find((e) => e.title === indicator.title);
      expect(entry?.level).toBe(indicator.status === 'dont-know' ? "Don't know" : 'Not answered');
      expect(entry?.standing).toBe('unknown');
      for (const d of descriptors) expect(`${entry?.level} ${entry?.levelDetail}`).not.toContain(d);
    }
  });
});
