import { describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { renderAnswerSheet } from '../../src/report/sheet/answer-sheet.js';
import { buildQuestionnaire } from '../../src/report/sheet/questionnaire.js';
import { renderQuestionnaireMarkdown } from '../../src/report/sheet/questionnaire-markdown.js';
import { loadTemplate } from '../../src/cli/load-template.js';
import { fixtureRubric } from './fixture-rubric.js';
import { inEnglish } from '../in-english.js';

const rubric = await fixtureRubric();
const sheet = renderAnswerSheet(rubric);
const bundledWording = (await loadTemplate()).wording;

function filledIn(edit: (doc: ReturnType<typeof parseDocument>) => void): unknown {
  const doc = parseDocument(sheet);
  doc.setIn(['meta', 'ministry'], 'Ministry of Social Affairs');
  doc.setIn(['meta', 'country'], 'Laos');
  doc.setIn(['meta', 'date'], '2025-03-01');
  edit(doc);
  return doc.toJS();
}

describe('YAML answer sheet', () => {
  it('is a valid answers file with nothing answered once meta is filled in', () => {
    const parsed = parseAnswers('sheet.yaml', filledIn(() => undefined), rubric);
    expect(parsed.ok && parsed.value.answers.size).toBe(0);
  });

  it('is not valid before meta is filled in, and says which fields are missing', () => {
    const parsed = parseAnswers('sheet.yaml', parseDocument(sheet).toJS(), rubric);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues.map((i) => i.path.join('.'))).toEqual(['meta.ministry', 'meta.country', 'meta.date']);
  });

  it('takes answers of every type, and statuses, written in the blanks', () => {
    const data = filledIn((doc) => {
      doc.setIn(['answers', 'strategy', 'answer'], 2);
      doc.setIn(['answers', 'focal-unit', 'answer'], 'yes');
      doc.setIn(['answers', 'channels', 'answer'], 'phone');
      doc.setIn(['answers', 'accessibility', 'answer'], ['voice']);
      doc.setIn(['answers', 'women-users', 'answer'], 41);
      doc.setIn(['answers', 'centres', 'status'], 'not-applicable');
      doc.setIn(['answers', 'centres', 'na_reason'], 'handled-nationally');
      doc.setIn(['answers', 'unit-budget', 'status'], 'dont-know');
      doc.setIn(['answers', 'unit-budget', 'note'], 'Ask finance');
    });
    const parsed = parseAnswers('sheet.yaml', data, rubric);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path.join('.')}: ${inEnglish(i)}`).join('; '));
    expect(Object.fromEntries([...parsed.value.answers].map(([id, a]) => [id, a.value ?? a.status]))).toEqual({
      strategy: 2,
      'focal-unit': 'yes',
      'unit-budget': 'dont-know',
      channels: 'phone',
      accessibility: ['voice'],
      'women-users': 41,
      centres: 'not-applicable',
    });
  });

  it('explains every question, its guidance, its levels and the answers it accepts', () => {
    expect(sheet).toContain('  # Q: Does the ministry\'s digital strategy set goals for women and girls?');
    expect(sheet).toContain('  # Guidance: Look at the current strategy and its action plan.');
    expect(sheet).toContain('  #   0 Absent: The strategy does not mention women or gender.');
    expect(sheet).toContain('  # answer: yes or no');
    expect(sheet).toContain('  #   yes: A unit or focal point has a formal mandate.');
    expect(sheet).toContain('  # Applies only if focal-unit is answered yes; otherwise leave it blank.');
    expect(sheet).toContain('  # answer: one option id\n  #   none: Only online\n  #   phone: A telephone helpline');
    expect(sheet).toContain('  # answer: a list of the items that apply, e.g. [local-language, voice], or [] for none');
    expect(sheet).toContain('  # answer: a percentage from 0 to 100');
    expect(sheet).toContain('  # answer: a number of centres, from 0 up to 1000');
    for (const line of sheet.split('\n')) expect(line.length).toBeLessThanOrEqual(88);
  });
});

describe('paper questionnaire', () => {
  const md = renderQuestionnaireMarkdown(buildQuestionnaire(rubric, bundledWording));

  it('has a tick box for every level, option and checklist item', () => {
    expect(md).toContain('### 1.1 Digital strategy names gender goals (critical)');
    expect(md).toContain('- [ ] **2 Defined**: There is a written gender goal, without targets or budget.');
    expect(md).toContain('- [ ] **Yes**: A unit or focal point has a formal mandate.');
    expect(md).toContain('- [ ] A telephone helpline');
    expect(md).toContain('- [ ] A low-bandwidth version');
    expect(md).toContain('- [ ] Not applicable, because:\n  - [ ] it is outside the ministry\'s mandate');
    expect(md).toContain("- [ ] Don't know");
  });

  it('says when a question is to be answered only under a condition', () => {
    expect(md).toContain('*Answer only if “A gender focal unit for digital services” is answered Yes.*');
  });
});
