import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The installed package's root folder (dist/cli/ → ../..), where rubrics/ and templates/ ship. */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export const bundledRubric = join(packageRoot, 'rubrics', 'egov-women');
/** The bundled packs, in the order documentation lists them: the ministry pack, the national profile, the service checklist. */
export const bundledPackNames = ['egov-women', 'egov-women-national', 'egov-women-service'] as const;
/** The pack a ministry's national profile is answered with. */
export const bundledNationalRubric = join(packageRoot, 'rubrics', 'egov-women-national');
/** The report's font files, copied here by the build from the font packages (see font-catalog.ts). */
export const fontsFolder = join(packageRoot, 'dist', 'fonts');
