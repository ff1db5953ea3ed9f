/** The fixed words of the answers-file format. */

export const ANSWERS_FORMAT = 'gret-assessment/1';

export const naReasons = ['outside-mandate', 'handled-nationally', 'service-does-not-exist', 'other'] as const;
export const verificationLevels = ['claimed', 'document-seen', 'independently-verified'] as const;
export const answerStatuses = ['answered', 'not-applicable', 'dont-know'] as const;
