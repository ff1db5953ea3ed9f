import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import { conjunction } from '../../core/messages/messages.js';
import { sanitize } from '../../core/sanitize.js';
import type { Rubric } from '../../core/types.js';
import { answersText, newAnswersDocument } from '../../store/answers-document.js';
import { ensureFolder } from '../../store/ensure-folder.js';
import { acquireLock } from '../../store/file-lock.js';
import { workshopLinksFile } from '../../store/workshop-links.js';
import { writeFile } from '../../store/write-files.js';
import { commandLine } from '../command-line.js';
import type { Io } from '../io.js';
import { loadMessages } from '../load-messages.js';
import { loadRubric } from '../load-rubric.js';
import { localToday } from '../local-today.js';
import { checkMetaFlags } from '../meta-flags.js';
import { metaLanguage, openAssessment, peekAnswers } from '../open-assessment.js';
import { packFolder } from '../pack-folder.js';
import { runLanguage } from '../run-language.js';
import { scoringFlags } from '../scoring-flags.js';
import { serveRooms, type OpenedFile } from '../serve-rooms.js';
import { translatedRubric } from '../translated-rubric.js';

export interface WorkshopFlags {
  readonly groups: string;
  readonly rubric?: string;
  readonly host?: string;
  readonly port: number;
  readonly ministry?: string;
  readonly country?: string;
  readonly date?: string;
  readonly language?: string;
  readonly lang?: string;
}

const MAX_GROUPS = 30;
const GROUP_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/i;

/**
 * Serves the interview to several groups over the local network: one answers file per group in
 * the folder (`red.yaml`, with meta.group), each with its own join link and QR code, and a
 * facilitator's link printed as text only. `gret aggregate --workshop` reads the folder after.
 */
export async function workshop(io: Io, folder: string, flags: WorkshopFlags, today: string = localToday()): Promise<number> {
  const groups = groupNames(flags.groups);
  const host: { address: string; interface?: string } = flags.host === undefined ? lanAddress() : { address: flags.host };
  const files = groups.map((group) => ({ group, file: join(folder, `${group}.yaml`) }));
  const existing = files.find((f) => existsSync(f.file));
  const peeked = existing === undefined ? undefined : peekAnswers(existing.file);
  const pack = await loadRubric(flags.rubric ?? packFolder(undefined, peeked));
  const missing = files.filter((f) => !existsSync(f.file));
  if (missing.length > 0) createFiles(folder, missing, pack.rubric, flags, today);
  // As `gret assess` chooses: --lang, then the language the groups' files are kept in (the first group's), the locale's, English.
  const language = runLanguage(flags.lang, metaLanguage(peekAnswers(files[0]?.file ?? '')));
  const { rubric } = await translatedRubric(pack.rubric, pack.dir, language);

  const opened: OpenedFile[] = [];
  const { t } = loadMessages(language);
  try {
    for (const { group, file } of files) opened.push({ file, group, session: openAssessment(file, rubric, commandLine('gret', 'workshop', folder)) });
    for (const { file, group, session } of opened) {
      const named = session.loaded.answers.meta.group;
      if (named !== group) {
        const note = named === undefined ? t('workshop.group_unnamed', { file, group: group ?? file }) : t('workshop.group_named', { file, named });
        io.err(`${sanitize(t('notes.note', { text: note }))}\n`);
      }
    }
    const qr = await import('qrcode');
    const options = {
      host: host.address,
      port: flags.port,
      language,
      rubric,
      rubricDir: flags.rubric,
      files: opened,
      facilitator: true,
      workshopFolder: folder,
      // A room of phones: each group's devices, and a few tabs each.
      limits: { sessions: 16 * groups.length + 4, connections: 64 + 16 * groups.length },
      linksFile: workshopLinksFile(folder),
    };
    const code = await serveRooms(io, options, async (server, links) => {
      io.out(`${t('workshop.groups', { count: groups.length, folder: sanitize(folder), files: groups.map((g) => `${g}.yaml`).join(', ') })}\n`);
      io.out(`${host.interface === undefined ? t('workshop.listening', { address: host.address }) : t('workshop.listening_on', { address: host.address, interface: host.interface })}\n`);
      for (const [k, group] of groups.entries()) {
        const link = server.links[k] ?? '';
        io.out(`\n${t('workshop.group_link', { group })}\n${link}\n`);
        io.out(await qr.toString(link, io.colour ? { type: 'terminal', small: true, errorCorrectionLevel: 'L' } : { type: 'utf8', errorCorrectionLevel: 'L' }));
      }
      io.out(`\n${t('workshop.facilitator')}\n${server.facilitatorLink ?? ''}\n`);
      const kept = sanitize(workshopLinksFile(folder));
      if (links === 'same') io.out(`\n${t('workshop.links_same')}\n`);
      if (links === 'changed') io.out(`\n${t('workshop.links_changed')}\n`);
      if (links !== 'same') io.out(`${t('workshop.links_kept', { file: kept })}\n`);
      io.out(`\n${t('workshop.how_to_stop', { command: commandLine('gret', 'aggregate', folder, '--workshop', ...scoringFlags({ rubric: flags.rubric })) })}\n`);
    });
    io.err(`\n${t('serve.stopped', { file: sanitize(folder) })}\n${t('serve.carry_on', { command: commandLine('gret', 'workshop', folder, '--groups', groups.join(','), ...scoringFlags({ rubric: flags.rubric })) })}\n`);
    return code;
  } finally {
    for (const { session } of opened) session.close();
  }
}

/** "red,blue,green", or a count: "3" gives group-1, group-2, group-3. */
function groupNames(given: string): string[] {
  const names = /^\d+$/.test(given.trim()) ? Array.from({ length: Number(given.trim()) }, (_, i) => `group-${i + 1}`) : given.split(',').map((g) => g.trim());
  const bad = names.filter((n) => !GROUP_NAME.test(n));
  if (names.length < 2 || names.length > MAX_GROUPS || bad.length > 0 || new Set(names.map((n) => n.toLowerCase())).size !== names.length) {
    throw new UserError(
      'USAGE',
      bad.length > 0 ? { key: 'errors.workshop.group_names', values: { bad: bad.map((b) => `"${sanitize(b)}"`).join(', ') } } : { key: 'errors.workshop.group_count', values: { most: MAX_GROUPS } },
      { hint: { key: 'errors.workshop.groups_hint' } },
    );
  }
  return names;
}

/**
 * The address to listen on when none is given: this computer's one address on a local network.
 * Several (Wi-Fi and a cable, say) or none cannot be chosen between silently.
 */
function lanAddress(): { address: string; interface?: string } {
  const found = Object.entries(networkInterfaces()).flatMap(([name, addresses]) =>
    (addresses ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => ({ address: a.address, interface: name })),
  );
  const only = found[0];
  if (found.length === 1 && only !== undefined) return only;
  throw new UserError('NO_NETWORK_ADDRESS', { key: found.length === 0 ? 'errors.workshop.no_network' : 'errors.workshop.several_networks' }, {
    hint:
      found.length === 0
        ? { key: 'errors.workshop.no_network_hint' }
        : { key: 'errors.workshop.several_networks_hint', values: { addresses: found.map((f) => `${f.address} (${f.interface})`).join(', ') } },
  });
}

/** New answers files for the groups that have none yet, as `gret init` writes them, each naming its group. */
function createFiles(folder: string, missing: readonly { group: string; file: string }[], rubric: Rubric, flags: WorkshopFlags, today: string): void {
  const { ministry, country, date, language } = checkMetaFlags(flags);
  if (ministry === undefined || country === undefined) {
    const needed = [ministry === undefined ? '--ministry' : '', country === undefined ? '--country' : ''].filter((f) => f !== '');
    throw new UserError('USAGE', { key: 'errors.workshop.needs_meta', values: { files: missing.map((m) => m.file).join(', '), flags: conjunction(needed) } }, {
      hint: { key: 'errors.workshop.needs_meta_hint', values: { command: commandLine('gret', 'workshop', folder, '--groups', flags.groups) } },
    });
  }
  ensureFolder(folder);
  for (const { group, file } of missing) {
    const doc = newAnswersDocument({ ministry, country, assessors: [], date: date ?? today, language: language ?? rubric.language, group, pack: { id: rubric.id, version: rubric.version } }, rubric);
    const lock = acquireLock(file, commandLine('gret', 'workshop', folder));
    try {
      writeFile(file, answersText(doc));
    } finally {
      lock.release();
    }
  }
}
