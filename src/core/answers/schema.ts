import { z } from 'zod';
import { id, text } from '../schema-primitives.js';

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

/** A key written with nothing after it (`note:`) counts as left out, so a blank answer sheet is valid as it stands. */
const blank = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

export const answerSchema = z.strictObject({
  status: blank(z.enum(answerStatuses)),
  answer: blank(z.union([z.number(), z.string(), z.array(z.string())], { error: 'must be a number, a word, or a list of item ids' })),
  na_reason: blank(z.enum(naReasons)),
  na_note: blank(text),
  note: blank(text),
  evidence: z
    .array(evidenceSchema)
    .nullish()
    .transform((e) => e ?? []),
  agency: blank(text),
});

export const answersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT, { error: `must be ${ANSWERS_FORMAT}` }),
  meta: z.strictObject({
    ministry: text,
    country: text,
    assessors: z.array(text).default([]),
    date: isoDate,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as en or th'),
    group: text.optional(),
    pack: z.strictObject({ id, version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0') }),
  }),
  answers: z
    .record(z.string(), answerSchema.nullable())
    .nullish()
    .transform((a) => a ?? {}),
});

export type AnswersFile = z.infer<typeof answersFileSchema>;
export type AnswerInput = z.infer<typeof answerSchema>;
