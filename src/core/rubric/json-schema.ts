import { z } from 'zod';
import { bibliographySchema, dimensionFileSchema, packSchema } from './schema.js';

/** One JSON Schema for the three kinds of rubric file, for editors that validate and complete YAML. */
export function rubricJsonSchema(): object {
  const schema = z.toJSONSchema(z.union([packSchema, dimensionFileSchema, bibliographySchema]), { io: 'input', reused: 'ref' });
  return { ...schema, title: 'gret rubric pack file (pack.yaml, a dimension file, or the bibliography)' };
}
