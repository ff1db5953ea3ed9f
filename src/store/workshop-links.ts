import type { Words } from '../core/messages/messages.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import { readYaml } from './yaml-file.js';
import { writeFiles } from './write-files.js';

/** What makes a workshop's join links: the address and port, and a token for each group and for the facilitator. */
export interface WorkshopLinks {
  readonly host: string;
  readonly port: number;
  readonly facilitator: string;
  readonly groups: ReadonlyMap<string, string>;
}

/**
 * Hidden, so that `gret aggregate --workshop` on the folder never takes it for an assessment, and
 * readable by its owner alone: whoever holds these tokens can open every group's answers.
 */
const LINKS_FILE = '.gret-workshop-links.yaml';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const WHAT: Words = { key: 'files.workshop_links' };

export function workshopLinksFile(folder: string): string {
  return join(folder, LINKS_FILE);
}

/**
 * The links the last run of the workshop in this folder printed, so that a restarted server (after
 * a crash, a closed laptop lid) keeps the addresses projected on the wall and the devices'
 * sessions. Undefined when there is none, or when it is not as gret writes it (then new links
 * are made, and the terminal says so).
 */
export function readWorkshopLinks(file: string): WorkshopLinks | undefined {
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = readYaml(file, WHAT).data;
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
  const { host, port, facilitator, groups } = (typeof data === 'object' && data !== null ? data : {}) as { host?: unknown; port?: unknown; facilitator?: unknown; groups?: unknown };
  if (typeof host !== 'string') return undefined;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  if (typeof facilitator !== 'string' || !TOKEN.test(facilitator)) return undefined;
  if (typeof groups !== 'object' || groups === null || Array.isArray(groups)) return undefined;
  const kept = Object.entries(groups).filter((e): e is [string, string] => typeof e[1] === 'string' && TOKEN.test(e[1]));
  return { host, port, facilitator, groups: new Map(kept) };
}

/** Keeps the links for the next run, atomically and with mode 0600 (on systems with file modes). */
export function writeWorkshopLinks(file: string, links: WorkshopLinks): void {
  const lines = [
    "# gret workshop's join links: address, port and each group's token. PRIVATE: the facilitator's token",
    '# opens every group\'s answers. gret keeps them here so that the links stay the same when the',
    '# workshop is started again on this folder; delete this file to make new links.',
    `host: "${links.host}"`,
    `port: ${links.port}`,
    `facilitator: ${links.facilitator}`,
    'groups:',
    ...[...links.groups].map(([group, token]) => `  "${group}": ${token}`),
  ];
  writeFiles([{ path: file, content: `${lines.join('\n')}\n`, mode: 0o600 }]);
}
