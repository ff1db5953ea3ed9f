import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The installed package's root folder (dist/cli/ → ../..), where rubrics/ and templates/ ship. */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export const bundledRubric = join(packageRoot, 'rubrics', 'egov-women');
