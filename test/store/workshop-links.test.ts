import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkshopLinks, workshopLinksFile, writeWorkshopLinks } from '../../src/store/workshop-links.js';

const token = (c: string): string => c.repeat(43);
const links = { host: '192.168.1.20', port: 8123, facilitator: token('f'), groups: new Map([['red', token('r')], ['1', token('a')], ['null', token('n')]]) };

describe("a workshop's kept links", () => {
  it('read back as written, group names that YAML would read as numbers or null included', () => {
    const file = workshopLinksFile(mkdtempSync(join(tmpdir(), 'gret-links-')));
    expect(readWorkshopLinks(file)).toBeUndefined();
    writeWorkshopLinks(file, links);
    expect(readWorkshopLinks(file)).toEqual(links);
  });

  it.each([0o644, 0o666])('are written readable by the owner alone, even over a file of mode %o', (mode) => {
    const file = workshopLinksFile(mkdtempSync(join(tmpdir(), 'gret-links-mode-')));
    writeFileSync(file, 'port: 1\n');
    chmodSync(file, mode);
    writeWorkshopLinks(file, links);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['not YAML', 'port: [1\n'],
    ['no facilitator', 'host: "127.0.0.1"\nport: 8123\ngroups: {}\n'],
    ['a token too short', `host: "127.0.0.1"\nport: 8123\nfacilitator: abc\ngroups: {}\n`],
    ['no port', `host: "127.0.0.1"\nfacilitator: ${token('f')}\ngroups: {}\n`],
  ])('are not kept from a file gret did not write so (%s): new links are made', (_, text) => {
    const file = workshopLinksFile(mkdtempSync(join(tmpdir(), 'gret-links-bad-')));
    writeFileSync(file, text);
    expect(readWorkshopLinks(file)).toBeUndefined();
  });
});
