import { z } from 'zod';
import { id, text } from '../rubric/schema.js';

/** The answers file as written in YAML. Checks against the rubric live in parse-answers.ts. */

export const ANSWERS_FORMAT = 'gret-assessment/1';

export const naReasons = ['outside-mandate', 'handled-nationally', 'service-does-not-exist', 'other'] as const;
export const verificationLevels = ['claimed', 'document-seen', 'independently-verified'] as const;
export const answerStatuses = ['answered', 'not-applicable', 'dont-know'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const evidenceSchema = z.union(
  [
    text,
    z.strictObject({
      title: text,
      link: text.optional(),
      date: isoDate.optional(),
      provided_by: text.optional(),
      verification: z.enum(verificationLevels).default('claimed'),
    }),
  ],
  { error: 'evidence is a title, or {title, link, date, provided_by, verification}' },
);

export const answerSchema = z.strictObject({
  status: z.enum(answerStatuses).default('answered'),
  answer: z.union([z.number(), z.string(), z.array(z.string())], { error: 'must be a number, a word, or a list of item ids' }).optional(),
  na_reason: z.enum(naReasons).optional(),
  na_note: text.optional(),
  note: text.optional(),
  evidence: z.array(evidenceSchema).default([]),
  agency: text.optional(),
});

export const answersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT, { error: `must be ${ANSWERS_FORMAT}` }),
  meta: z.strictObject({
    ministry: text,
    country: text,
    assessors: z.array(text).default([]),
    date: isoDate,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as en or th'),
    pack: z.strictObject({ id, version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0') }),
  }),
  answers: z
    .record(z.string(), answerSchema)
    .nullish()
    .transform((a) => a ?? {}),
});

export type AnswersFile = z.infer<typeof answersFileSchema>;
export type AnswerInput = z.infer<typeof answerSchema>;
