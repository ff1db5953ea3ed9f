/**
 * The closed lists of words the rubric and answers formats use. types.ts derives its types from
 * them and the readers check against them, so a word added here is known everywhere at once.
 * No zod here: the answers reader on the everyday path loads this file too.
 */

export const effortValues = ['low', 'medium', 'high'] as const;
export const horizonValues = ['quick-win', 'medium-term', 'structural'] as const;
export const scopeValues = ['ministry', 'national'] as const;
export const indicatorTypes = ['level', 'yes-no', 'choice', 'checklist', 'number', 'percent', 'parity'] as const;
/** The four counts a parity answer gives, in the order the interview asks them. */
export const parityCounts = ['women_eligible', 'women_users', 'men_eligible', 'men_users'] as const;
export const crosswalkFrameworks = ['egs', 'gtmi', 'undp-seal'] as const;

export const answerStatuses = ['answered', 'not-applicable', 'dont-know'] as const;
export const naReasons = ['outside-mandate', 'handled-nationally', 'service-does-not-exist', 'other'] as const;
export const verificationLevels = ['claimed', 'document-seen', 'independently-verified'] as const;
