import { describe, expect, it } from '@jest/globals';
import { breakLines, breakUnits, widestUnit } from '../../src/report/text/line-break.js';
import { scriptRuns } from '../../src/report/text/script-runs.js';

// One unit of width per character keeps the expectations readable.
const measure = (text: string) => [...text].length;

function wrap(text: string, width: number): string[] {
  return breakLines(scriptRuns(text, 'en'), width, measure).map((l) => l.pieces.map((p) => p.text).join('').trimEnd());
}

describe('breakUnits', () => {
  it.each([
    ['two words', ['two ', 'words']],
    ['e-government services', ['e-government ', 'services']],
    ['co-design, dated 2025-07-31', ['co-', 'design, ', 'dated ', '2025-07-31']],
    ['plan 2024-2028 or 2024-next', ['plan ', '2024-2028 ', 'or ', '2024-', 'next']],
    ['ภาษาไทยไม่มีการเว้นวรรค', ['ภาษา', 'ไทย', 'ไม่มี', 'การ', 'เว้น', 'วรรค']],
    ['妇女可以在线申请服务，但', ['妇女', '可以', '在', '线', '申请', '服务，', '但']],
    ['a (note) here.', ['a ', '(note) ', 'here.']],
  ])('%s', (text, units) => {
    expect(breakUnits(text)).toEqual(units);
  });
});

describe('breakLines', () => {
  it('wraps at spaces and drops the space at the break', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('wraps Thai between words', () => {
    const lines = wrap('ภาษาไทยไม่มีการเว้นวรรค', 8);
    expect(lines.join('')).toBe('ภาษาไทยไม่มีการเว้นวรรค');
    expect(lines.length).toBeGreaterThan(1);
  });

  it('splits a word wider than the line instead of cutting it', () => {
    const lines = wrap('Internationalisation', 6);
    expect(lines.join('')).toBe('Internationalisation');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(6);
  });

  it('keeps every character of a long mixed-script name', () => {
    const name = 'Cam kết thể chế và dữ liệu giới (ข้อมูลเพศ) 性别数据 데이터';
    expect(wrap(name, 12).join(' ').replace(/\s+/g, '')).toBe(name.replace(/\s+/g, ''));
  });
});

describe('line ends', () => {
  it('keeps the space at a break in the text but not in the width', () => {
    const [first] = breakLines(scriptRuns('one two three', 'en'), 9, measure);
    expect(first?.pieces.map((p) => p.text).join('')).toBe('one two ');
    expect(first?.width).toBe(7);
  });
});

describe('widestUnit', () => {
  it('is the widest word without its spaces', () => {
    expect(widestUnit(scriptRuns('a bb ccc  d', 'en'), measure)).toBe(3);
    expect(widestUnit(scriptRuns('ภาษาไทยไม่มี', 'en'), measure)).toBe(5);
  });
});

describe('Thai line breaks', () => {
  // "Services close to women: women and men register online, and older women use mobile phones."
  const paragraph = 'บริการรัฐใกล้ตัวผู้หญิง ผู้หญิงและผู้ชายลงทะเบียนออนไลน์ได้ และผู้หญิงสูงอายุใช้โทรศัพท์มือถือมากขึ้นทุกปี';
  const boundaries = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(paragraph)].map((s) => s.index));
  // From the narrowest width that splits no word (a narrower line cuts one between letters) up.
  const widths = Array.from({ length: 40 }, (_, k) => widestUnit(scriptRuns(paragraph, 'th'), measure) + k);

  /** Where each line but the first starts, as an offset into the paragraph. */
  function breaks(width: number): number[] {
    const lines = breakLines(scriptRuns(paragraph, 'th'), width, measure).map((l) => l.pieces.map((p) => p.text).join(''));
    expect(lines.join('')).toBe(paragraph);
    return lines.slice(0, -1).map((_, k) => lines.slice(0, k + 1).join('').length);
  }

  it('never splits ผู้หญิง ("woman"), which the dictionary cuts into ผู้|หญิง', () => {
    expect(boundaries).toContain(paragraph.indexOf('หญิง'));
    const inside = [...paragraph.matchAll(/ผู้หญิง/gu)].flatMap((m) => Array.from({ length: 6 }, (_, k) => m.index + 1 + k));
    for (const width of widths) {
      for (const at of breaks(width)) expect(inside).not.toContain(at);
    }
  });

  it('breaks a long paragraph only between the words the segmenter finds', () => {
    for (const width of widths) {
      for (const at of breaks(width)) expect(boundaries).toContain(at);
    }
  });
});

describe('Thai words kept whole', () => {
  // "The responsible unit reports the progress of each indicator, and the answers of the various agencies, at follow-up."
  const paragraph = 'ผู้รับผิดชอบรายงานความก้าวหน้าของตัวชี้วัดแต่ละตัว และคำตอบของหน่วยงานต่าง ๆ เมื่อติดตามผล';
  const widths = Array.from({ length: 60 }, (_, k) => widestUnit(scriptRuns(paragraph, 'th'), measure) + k);

  function lineStarts(width: number): number[] {
    const lines = breakLines(scriptRuns(paragraph, 'th'), width, measure).map((l) => l.pieces.map((p) => p.text).join(''));
    expect(lines.join('')).toBe(paragraph);
    return lines.slice(1).map((_, k) => lines.slice(0, k + 1).join('').length);
  }

  it.each(['ผู้รับผิดชอบ', 'ความก้าวหน้า', 'ตัวชี้วัด', 'คำตอบ', 'ติดตามผล'])('never breaks inside %s, which the dictionary cuts', (word) => {
    const start = paragraph.indexOf(word);
    for (const width of widths) {
      for (const at of lineStarts(width)) expect({ width, inside: at > start && at < start + word.length }).toEqual({ width, inside: false });
    }
  });

  it('never starts a line with ๆ, which repeats the word before it', () => {
    const mark = paragraph.indexOf('ๆ');
    for (const width of widths) expect(lineStarts(width)).not.toContain(mark);
  });
});
