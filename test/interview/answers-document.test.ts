import { describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { answersText, newAnswersDocument, setAnswer } from '../../src/store/answers-document.js';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { answersOf, fixtureRubric, level } from './fixture-rubric.js';
import { inEnglish } from '../in-english.js';

const rubric = await fixtureRubric();
const meta = answersOf(rubric).meta;

function reparse(text: string) {
  const parsed = parseAnswers('a.yaml', parseDocument(text).toJS(), rubric);
  if (!parsed.ok) throw new Error(parsed.issues.map(inEnglish).join('; '));
  return parsed.value;
}

describe('answers document', () => {
  it('writes a new file that parses, with meta first and an empty answers map', () => {
    const text = answersText(newAnswersDocument({ ...meta, assessors: ['Ana Lima', 'Ben Ortiz'] }, rubric));
    expect(text).toContain('format: gret-assessment/1\nmeta:\n  ministry: Ministry of Social Affairs\n');
    expect(text).toContain('  assessors: [Ana Lima, Ben Ortiz]\n');
    expect(text).toMatch(/answers: \{\}\n$/);
    expect(reparse(text).answers.size).toBe(0);
  });

  it('keeps answers in rubric order and the keys of an answer in a fixed order, whatever order they come in', () => {
    const doc = newAnswersDocument(meta, rubric);
    setAnswer(doc, rubric, 'centres', level(12, { agency: 'Regional office', note: 'Counted in May' }));
    setAnswer(doc, rubric, 'strategy', level(2));
    setAnswer(doc, rubric, 'channels', { status: 'not-applicable', naReason: 'other', naNote: 'Provinces run it', evidence: [] });
    setAnswer(doc, rubric, 'accessibility', level(0, { value: ['voice', 'low-bandwidth'] }));
    expect(answersText(doc).split('answers:\n')[1]).toBe(
      [
        '  strategy:',
        '    status: answered',
        '    answer: 2',
        '  channels:',
        '    status: not-applicable',
        '    na_reason: other',
        '    na_note: Provinces run it',
        '  accessibility:',
        '    status: answered',
        '    answer: [voice, low-bandwidth]',
        '  centres:',
        '    status: answered',
        '    answer: 12',
        '    note: Counted in May',
        '    agency: Regional office',
        '',
      ].join('\n'),
    );
  });

  it('changes one answer in place and leaves the rest of a hand-edited file as it was, comments included', () => {
    const handEdited = [
      '# Our assessment, started at the March workshop',
      'format: gret-assessment/1',
      'meta:',
      '  ministry: Ministry of Social Affairs   # the official name',
      '  country: Laos',
      '  assessors: [Ana]',
      '  date: 2025-03-01',
      '  language: en',
      '  pack: {id: mini-egov, version: 1.2.0}',
      'answers:',
      '  # agreed with the planning unit',
      '  strategy:',
      '    status: answered',
      '    answer: 1  # to be checked again in June',
      '    note: Only a mention',
      '    evidence:',
      '      - Draft strategy   # the 2024 draft',
      '  centres:',
      '    answer: 12',
      '',
    ].join('\n');
    const doc = parseDocument(handEdited);
    setAnswer(doc, rubric, 'strategy', level(2, { note: 'Only a mention', evidence: [{ title: 'Draft strategy', verification: 'claimed' }, { title: 'Action plan', verification: 'document-seen' }] }));
    setAnswer(doc, rubric, 'focal-unit', level(0, { value: 'no' }));
    const text = answersText(doc);
    expect(text).toContain('# Our assessment, started at the March workshop');
    expect(text).toContain('ministry: Ministry of Social Affairs # the official name');
    expect(text).toContain('pack: {id: mini-egov, version: 1.2.0}');
    expect(text).toContain('  # agreed with the planning unit\n  strategy:\n    status: answered\n    answer: 2 # to be checked again in June\n');
    expect(text).toContain('      - Draft strategy # the 2024 draft\n      - title: Action plan\n        verification: document-seen\n');
    expect(text).toMatch(/ {2}strategy:[\s\S]* {2}focal-unit:\n {4}status: answered\n {4}answer: no\n {2}centres:\n {4}answer: 12\n$/);
    expect(reparse(text).answers.get('strategy')?.evidence).toHaveLength(2);
  });

  it('fills a blank entry of an answer sheet where it stands, keeping the comments above it', () => {
    const sheet = ['format: gret-assessment/1', 'meta: {ministry: M, country: C, date: 2025-01-01, language: en, pack: {id: mini-egov, version: 1.2.0}}', 'answers:', '  # Q: Does the strategy set goals?', '  strategy:', '    answer:', '    note:', '    evidence: []', '    agency:', ''].join('\n');
    const doc = parseDocument(sheet);
    setAnswer(doc, rubric, 'strategy', level(3, { agency: 'Planning' }));
    expect(answersText(doc)).toContain('  # Q: Does the strategy set goals?\n  strategy:\n    status: answered\n    answer: 3\n    agency: Planning\n');
  });

  it('saves the same text twice for the same answers', () => {
    const doc = newAnswersDocument(meta, rubric);
    setAnswer(doc, rubric, 'strategy', level(2));
    const once = answersText(doc);
    setAnswer(doc, rubric, 'strategy', level(2));
    expect(answersText(doc)).toBe(once);
  });
});
