/** The format line that opens every answers file. */
export const ANSWERS_FORMAT = 'gret-assessment/1';
