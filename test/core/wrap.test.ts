import { describe, expect, it } from '@jest/globals';
import { displayWidth, padColumns, sliceColumns } from '../../src/report/terminal/display-width.js';
import { clip } from '../../src/report/terminal/clip.js';
import { wrap } from '../../src/report/terminal/wrap.js';

describe('wrap', () => {
  it('breaks at spaces within the width and indents continuation lines', () => {
    expect(wrap('one two three four', 9, '  ')).toBe('one two\n  three\n  four');
  });

  it('keeps the indentation the text starts with', () => {
    expect(wrap('  1. first item here', 14, '     ')).toBe('  1. first\n     item here');
  });

  it('splits a word longer than a line', () => {
    expect(wrap('abcdefghij', 4)).toBe('abcd\nefgh\nij');
  });

  it('never breaks at the no-break spaces that group digits or join a figure to its unit', () => {
    const russian = `женщины: 9\u00a0870 из 757\u00a0760, мужчины: 13\u00a0420`;
    expect(wrap(russian, 22)).toBe(`женщины: 9\u00a0870 из\n757\u00a0760, мужчины:\n13\u00a0420`);
    const french = `38\u202f% des 1\u202f870 réponses`;
    expect(wrap(french, 10)).toBe(`38\u202f% des\n1\u202f870\nréponses`);
  });

  it('keeps paragraph breaks', () => {
    expect(wrap('a b\n\nc', 10)).toBe('a b\n\nc');
  });

  it('counts columns as a terminal does: Thai marks above and below take none, SARA AM and Chinese characters their own', () => {
    // น้ำ: NO NU, MAI THO (above, none), SARA AM (a column of its own); หญิง: the vowel and tone above take none.
    expect(displayWidth('น้ำ')).toBe(2);
    expect(displayWidth('ผู้หญิง')).toBe(4);
    expect(displayWidth('评估量表')).toBe(8);
    expect(displayWidth('Оценка')).toBe(6);
    expect(padColumns('维度', 6)).toBe('维度  ');
  });

  it('breaks Thai and Chinese, which put no spaces between words, between the words of a run, within the columns', () => {
    const thai = 'แผนดิจิทัลหรือแผนบริการอิเล็กทรอนิกส์ของกระทรวงเองได้ระบุสิ่งที่จะดำเนินการเพื่อผู้หญิง';
    const lines = wrap(`? ${thai}`, 30, '  ').split('\n');
    expect(lines[0]?.startsWith('? แผน')).toBe(true);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.map((l) => l.trim()).join('').replace(/^\? /, '')).toBe(thai);
    const chinese = wrap('请在任意文本编辑器中按所示位置逐一修正然后重新运行命令', 20).split('\n');
    for (const line of chinese) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(chinese.length).toBeGreaterThan(2);
  });

  it('cuts between graphemes, never leaving a Thai mark without its letter', () => {
    expect(sliceColumns('ผู้หญิง', 1)).toBe('ผู้');
    expect(clip('评估量表文件', 7, '…')).toBe('评估量…');
  });
});
