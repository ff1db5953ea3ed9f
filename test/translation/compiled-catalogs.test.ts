import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compiledCatalogs, messagesFolder, parseCatalog, readCatalog } from '../../src/cli/load-messages.js';

describe('the compiled interface catalogs', () => {
  const tags = readdirSync(messagesFolder).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length));

  it.each(tags)('%s: the build compiled it, and its compiled copy says exactly what the YAML says', (tag) => {
    expect(existsSync(join(compiledCatalogs, `${tag}.json`))).toBe(true);
    expect([...(readCatalog(tag) ?? [])]).toEqual([...parseCatalog(join(messagesFolder, `${tag}.yaml`))]);
  });
});
