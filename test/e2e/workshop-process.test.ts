import { describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { Browser, send } from '../web/serve-client.js';
import { gret } from './run-gret.js';
import { gretServers } from './spawn-server.js';
import { INTERVIEW_PACK as PACK } from './terminal-session.js';

const start = gretServers();

interface Workshop {
  readonly child: ChildProcess;
  readonly out: string;
  readonly groups: Readonly<Record<string, string>>;
  readonly facilitator: string;
  readonly exited: Promise<number | null>;
}

/** Starts the built gret workshop and waits until it has printed every link. */
async function workshop(work: string, groups: readonly string[]): Promise<Workshop> {
  const args = ['workshop', 'room', '--groups', groups.join(','), '--ministry', 'Ministry of Social Affairs', '--country', 'Laos', '--date', '2025-03-01', '--host', '127.0.0.1', '--rubric', PACK];
  const run = await start(args, work, /do not project or share it\):\n(\S+)\n/);
  const links = Object.fromEntries(groups.map((g) => [g, new RegExp(`Group ${g}: scan the code, or open this link:\\n(\\S+)\\n`).exec(run.out)?.[1] ?? '']));
  return { child: run.child, out: run.out, groups: links, facilitator: run.ready[1] ?? '', exited: run.exited };
}

describe('gret workshop', () => {
  it('gives each group its own file, link and QR code, keeps groups apart, and shows the facilitator the ranking aggregate --workshop gives', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gret-workshop-'));
    const run = await workshop(work, ['red', 'blue', 'green']);
    expect(readdirSync(join(work, 'room')).sort()).toEqual(['.gret-workshop-links.yaml', 'blue.yaml', 'blue.yaml.lock', 'green.yaml', 'green.yaml.lock', 'red.yaml', 'red.yaml.lock']);
    // A QR code under each group's link; the facilitator's link is text only, after a warning.
    expect(run.out.match(/open this link:\n\S+\n[\s\S]*?█▀▀▀▀▀█/g)).toHaveLength(3);
    expect(run.out.split('PRIVATE')[1]).not.toContain('█');
    expect(new Set([...Object.values(run.groups), run.facilitator]).size).toBe(4);

    const [red, blue, green] = await Promise.all(['red', 'blue', 'green'].map((g) => Browser.join(run.groups[g] ?? '')));
    if (red === undefined || blue === undefined || green === undefined) throw new Error('a group did not join');
    // One indicator answered 0, 2 and 4; another the same by all.
    for (const [browser, level] of [[red, '0'], [blue, '2'], [green, '4']] as const) {
      expect((await browser.submit('/i/strategy', [['choice', `=${level}`]])).status).toBe(303);
      expect((await browser.submit('/i/focal-unit', [['choice', '=yes']])).status).toBe(303);
    }
    await red.submit('/i/channels', [['choice', '=none']]);
    await blue.submit('/i/channels', [['choice', '=phone']]);

    // A group sees and writes its own file only: there is no address for another group's answers.
    expect((await blue.get('/i/strategy')).body).toContain('value="=2" checked');
    expect((await blue.get('/')).body).not.toContain('Level 0');
    const origin = new URL(run.facilitator).origin;
    expect((await red.get('/')).body).not.toContain('Where the groups disagree');
    expect(readFileSync(join(work, 'room', 'red.yaml'), 'utf8')).toMatch(/strategy:\n\s+status: answered\n\s+answer: 0\n/);
    expect(readFileSync(join(work, 'room', 'green.yaml'), 'utf8')).not.toContain('channels:');

    const facilitator = await Browser.join(run.facilitator);
    const page = (await facilitator.get('/')).body;
    expect(page).toContain('<h1>Workshop: the groups&#39; progress</h1>');
    expect((await facilitator.get('/i/strategy')).status).toBe(404);
    // A guessed join link is nobody's.
    expect((await send(origin, 'GET', `/join/${'A'.repeat(43)}`)).status).toBe(403);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(143);
    for (const group of ['red', 'blue', 'green']) {
      expect(parseDocument(readFileSync(join(work, 'room', `${group}.yaml`), 'utf8')).toJS().meta.group).toBe(group);
    }
    const aggregate = gret(['aggregate', 'room', '--workshop', '--rubric', PACK, '--format', 'json', '-o', 'room-summary'], { cwd: work });
    expect(aggregate.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(work, 'room-summary.json'), 'utf8')) as { workshop: { prompts: { title: string }[] }[] };
    const prompts = summary.workshop[0]?.prompts.map((p) => p.title) ?? [];
    // Levels 0, 2 and 4 are the widest split; channels, answered by two groups, comes after.
    expect(prompts.slice(0, 2)).toEqual(['Digital strategy names gender goals', 'Channels for women without internet access']);
    // The facilitator's page ranks the disagreements as aggregate --workshop does.
    const shown = [...page.matchAll(/<li data-indicator="[^"]+"><strong>([^<]+)<\/strong>/g)].map((m) => (m[1] ?? '').replace(/&#39;/g, "'"));
    expect(shown).toEqual(prompts);
    expect(shown.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses --groups that cannot name files, and creates no file without the ministry and country', () => {
    const work = mkdtempSync(join(tmpdir(), 'gret-workshop-usage-'));
    const bad = gret(['workshop', 'room', '--groups', 'red,../blue', '--host', '127.0.0.1', '--rubric', PACK], { cwd: work });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--groups takes names of letters, digits and dashes (not "../blue")');
    const missing = gret(['workshop', 'room', '--groups', '3', '--host', '127.0.0.1', '--rubric', PACK], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('gret needs --ministry and --country: the ministry the groups assess, and its country.');
    expect(readdirSync(work)).toEqual([]);
  });
});
