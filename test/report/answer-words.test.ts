import { describe, expect, it } from '@jest/globals';
import type { ConditionReason, ShownAnswer } from '../../src/core/assessment.js';
import { englishAnswerWords } from '../../src/core/answers/describe-answer.js';
import { englishConditionWords } from '../../src/core/scoring/explain-condition.js';
import { bundledTemplate, loadTemplate } from '../../src/cli/load-template.js';
import { answerInWords, conditionInWords } from '../../src/report/model/answer-words.js';

const wordings = new Map(await Promise.all(['en', 'fr', 'zh-Hans', 'ru', 'th'].map(async (language) => [language, (await loadTemplate(bundledTemplate, () => {}, language)).wording] as const)));
const wording = (language: string) => {
  const w = wordings.get(language);
  if (w === undefined) throw new Error(`no wording loaded for ${language}`);
  return w;
};

const answers: ShownAnswer[] = [
  { type: 'level', level: 2 },
  { type: 'yes-no', yes: true },
  { type: 'choice', option: 'active', label: 'Modération active' },
  { type: 'checklist', ticked: ['Formulaires', 'Paiement'], total: 4 },
  { type: 'checklist', ticked: [], total: 4 },
  { type: 'number', value: 1234.5, unit: 'centres' },
  { type: 'percent', value: 30.8 },
  { type: 'parity', score: 0.7, counts: { women_users: 9870, women_eligible: 757760, men_users: 13420, men_eligible: 722240 } },
];

describe('answers and conditions in the report language', () => {
  it("words the bundled English exactly as the result document's own English does", () => {
    const w = wording('en');
    expect(w.answer_text).toEqual(englishAnswerWords);
    expect(w.conditions).toEqual(englishConditionWords);
  });

  it('writes each kind of answer in French, with French figures', () => {
    expect(answers.map((a) => answerInWords(wording('fr'), a))).toEqual([
      'Niveau 2',
      'Oui',
      'Modération active',
      '2 sur 4 : Formulaires ; Paiement',
      '0 sur 4',
      '1\u202f234,5 centres',
      '30,8 %',
      'indice de parité 0,70 (femmes 9\u202f870 sur 757\u202f760, hommes 13\u202f420 sur 722\u202f240)',
    ]);
  });

  it('keeps English figures as the answers file has them', () => {
    expect(answers.map((a) => answerInWords(wording('en'), a)).slice(5)).toEqual([
      '1234.5 centres',
      '30.8%',
      'parity score 0.70 (women 9870 of 757760, men 13420 of 722240)',
    ]);
  });

  it('explains a false condition in each language, naming the answers it asks for in that language', () => {
    const reason: ConditionReason = {
      title: 'Paiement',
      asks: { answerIn: [{ type: 'yes-no', yes: true }] },
      found: { kind: 'answer', answer: { type: 'yes-no', yes: false } },
      otherwise: 0,
    };
    expect(conditionInWords(wording('en'), reason)).toBe('applies only when "Paiement" is answered Yes; it was answered No, so it scores level 0');
    expect(conditionInWords(wording('fr'), reason)).toBe(
      "ne s'applique que si « Paiement » a pour réponse Oui ; la réponse donnée est Non ; il est donc noté au niveau 0",
    );
    expect(conditionInWords(wording('zh-Hans'), reason)).toBe('仅在“Paiement”的回答为是时适用；其回答为否，因此按第0级计分');
    for (const language of ['ru', 'th']) {
      const text = conditionInWords(wording(language), reason);
      expect(text).toContain('Paiement');
      expect(text.replace('Paiement', '')).not.toMatch(/[A-Za-z]/);
    }
  });
});
