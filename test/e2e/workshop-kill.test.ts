import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { Browser } from '../web/serve-client.js';
import { expectOnDisk, Participant, shareQuestions } from './participants.js';
import { gretServers } from './spawn-server.js';

const start = gretServers();
const { rubric } = await loadRubric();
const GROUPS = ['red', 'blue', 'green'];
const DEVICES = 2;
const ARGS = ['workshop', 'room', '--groups', GROUPS.join(','), '--ministry', 'Ministry of Health', '--country', 'Fiji', '--date', '2025-03-01', '--host', '127.0.0.1'];

/** Starts the built gret workshop on the folder and reads the links it printed. */
async function workshop(work: string): Promise<{ run: Awaited<ReturnType<typeof start>>; links: Record<string, string>; facilitator: string }> {
  const run = await start(ARGS, work, /do not project or share it\):\n(\S+)\n[\s\S]*Press Ctrl\+C/);
  const links = Object.fromEntries(GROUPS.map((g) => [g, new RegExp(`Group ${g}: scan the code, or open this link:\\n(\\S+)\\n`).exec(run.out)?.[1] ?? '']));
  return { run, links, facilitator: run.ready[1] ?? '' };
}

describe('gret workshop killed outright while the groups answer', () => {
  it('keeps every answer that got its 303, and starts again with the same links: the devices carry on without scanning again', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gret-workshop-kill-'));
    const first = await workshop(work);
    const questions = shareQuestions(rubric, DEVICES);
    const participants = await Promise.all(
      GROUPS.flatMap((group, g) => questions.map((mine, d) => Participant.join(`${group}-${d + 1}`, group, first.links[group] ?? '', `127.0.0.${10 + g * DEVICES + d}`, mine))),
    );
    const t0 = performance.now();
    // Every device answers as fast as it can, until the server dies under it.
    const answering = participants.map(async (p) => {
      try {
        for (;;) await p.answer(t0);
      } catch {
        // The connection reset by the kill: what was in flight is not confirmed.
      }
    });
    while (participants.reduce((n, p) => n + p.saved.length, 0) < 60) await new Promise((resolve) => setTimeout(resolve, 20));
    first.run.child.kill('SIGKILL');
    await Promise.all(answering);
    expect(await first.run.exited).toBeNull();
    const files = Object.fromEntries(GROUPS.map((g) => [g, join(work, 'room', `${g}.yaml`)]));
    const confirmed = participants.reduce((n, p) => n + p.saved.length, 0);
    expect(participants.flatMap((p) => p.refused)).toEqual([]);
    expect(expectOnDisk(rubric, files, participants)).toBeGreaterThanOrEqual(Math.min(confirmed, participants.length));

    // The links file is the owner's alone: it holds the facilitator's key.
    if (process.platform !== 'win32') expect(statSync(join(work, 'room', '.gret-workshop-links.yaml')).mode & 0o777).toBe(0o600);
    const second = await workshop(work);
    expect(second.run.out).toContain('These are the links of the last run on this folder');
    expect(second.links).toEqual(first.links);
    expect(second.facilitator).toBe(first.facilitator);
    // Each device carries on with the cookie it had: no new scan, and its next answers are saved.
    for (const p of participants) {
      const before = p.saved.length;
      await p.answer(t0);
      await p.answer(t0);
      expect([p.name, p.saved.length - before, p.refused]).toEqual([p.name, 2, []]);
    }
    expect(expectOnDisk(rubric, files, participants)).toBeGreaterThan(0);
    // A device that scans the code again is let in as well, and the facilitator's page is there.
    expect((await (await Browser.join(first.links['red'] ?? '')).get('/')).status).toBe(200);
    expect((await (await Browser.join(first.facilitator)).get('/')).body).toContain('<caption>Progress by group</caption>');
    second.run.child.kill('SIGTERM');
    expect(await second.run.exited).toBe(143);
  });

  it('says plainly that the links changed when they cannot be kept (the computer has another address)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gret-workshop-relink-'));
    const first = await workshop(work);
    first.run.child.kill('SIGTERM');
    expect(await first.run.exited).toBe(143);
    const moved = await start(ARGS.map((a) => (a === '127.0.0.1' ? '127.0.0.2' : a)), work, /Press Ctrl\+C/);
    expect(moved.out).toContain('THE LINKS HAVE CHANGED since the last run on this folder');
    moved.child.kill('SIGTERM');
    expect(await moved.exited).toBe(143);
  });
});
