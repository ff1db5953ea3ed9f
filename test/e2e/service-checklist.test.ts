import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gret, ROOT } from './run-gret.js';

const PACK = join(ROOT, 'rubrics', 'egov-women-service');
const work = mkdtempSync(join(tmpdir(), 'gret-services-'));
const folder = join(work, 'services');
mkdirSync(folder);

/** One service's answers: the items listed are met, every other item is not. */
function service(name: string, met: readonly string[]): void {
  const items = ['sex-field-options', 'otp-alternative', 'own-account', 'offline-route', 'no-cost-to-user', 'wcag-22-aa', 'low-bandwidth', 'plain-local-language', 'quick-exit', 'discreet-notifications', 'complaint-route', 'usage-by-sex', 'helpline-link', 'data-minimised'];
  const answers = items.map((id) => `  ${id}: { answer: "${met.includes(id) ? 'yes' : 'no'}" }`);
  const meta = `meta: { ministry: Ministry of Women, country: Karavia, assessors: [A], date: 2026-03-01, language: en, group: ${name}, pack: { id: egov-women-service, version: 1.0.0 } }`;
  writeFileSync(join(folder, `${name}.yaml`), ['format: gret-assessment/1', meta, 'answers:', ...answers, ''].join('\n'));
}
service('grants', ['offline-route', 'quick-exit', 'usage-by-sex']);
service('childcare', ['offline-route']);
service('shelter', ['offline-route', 'quick-exit', 'discreet-notifications']);

interface Item {
  id: string;
  levels: { count: number; mean: number | null };
  belowTarget: number;
}

describe('the service checklist, one file per e-service', () => {
  it('aggregates into the ministry\'s service-level picture, item by item', () => {
    const out = join(work, 'picture');
    const run = gret(['aggregate', folder, '--rubric', PACK, '-o', out, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as { all: { count: number; indicators: Item[] } };
    expect(summary.all.count).toBe(3);
    const item = (id: string): Item | undefined => summary.all.indicators.find((i) => i.id === id);
    // Met is level 4, not met level 0: the mean level says how many of the three services meet the item.
    expect(item('offline-route')?.levels.mean).toBe(4);
    expect(item('quick-exit')?.levels.mean).toBeCloseTo(8 / 3);
    expect(item('quick-exit')?.belowTarget).toBe(1);
    expect(item('wcag-22-aa')?.belowTarget).toBe(3);
  });
});
