// Build step (npm run build): keeps every interface catalog as JSON, for the commands' start-up.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFile } from '../store/write-files.js';
import { compiledCatalogs, messagesFolder, parseCatalog, type CompiledCatalog } from './load-messages.js';

mkdirSync(compiledCatalogs, { recursive: true });
for (const name of readdirSync(messagesFolder)) {
  if (!name.endsWith('.yaml')) continue;
  const file = join(messagesFolder, name);
  const compiled: CompiledCatalog = { text: readFileSync(file, 'utf8'), messages: Object.fromEntries(parseCatalog(file)) };
  writeFile(join(compiledCatalogs, `${name.slice(0, -'.yaml'.length)}.json`), JSON.stringify(compiled));
}
