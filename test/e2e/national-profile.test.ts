import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gret, ROOT } from './run-gret.js';

const work = mkdtempSync(join(tmpdir(), 'gret-national-'));
const country = join(work, 'karavia');
mkdirSync(country);
copyFileSync(join(ROOT, 'templates', 'sample-national-profile.yaml'), join(country, 'national.yaml'));
const sample = readFileSync(join(ROOT, 'templates', 'sample-assessment.yaml'), 'utf8').replace('national_profile: sample-national-profile.yaml', 'national_profile: national.yaml');
writeFileSync(join(country, 'family.yaml'), sample);
// A second ministry of the same country, answering little, in the same folder and naming the same profile.
writeFileSync(
  join(country, 'health.yaml'),
  [
    'format: gret-assessment/1',
    'meta:',
    '  ministry: Ministry of Health',
    '  country: Republic of Karavia',
    '  assessors: [Lena Sato]',
    '  date: 2026-03-20',
    '  language: en',
    '  pack: { id: egov-women, version: 2.0.0 }',
    '  national_profile: national.yaml',
    'answers:',
    '  gender-in-ministry-digital-plan: { answer: 3 }',
    '  sex-disaggregated-service-data: { answer: 3 }',
    '',
  ].join('\n'),
);

interface Scored {
  overall: { score: number };
  nationalContext: { file: string; answeredBy: string[]; date: string; rubric: { id: string }; indicators: { id: string; level: number | null }[] } | null;
}
const scored = (args: readonly string[]): Scored => {
  const run = gret(['score', ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Scored;
};

describe('a national profile shared by two ministries', () => {
  it('shows identical national context beside different ministry scores', () => {
    const family = scored([join(country, 'family.yaml')]);
    const health = scored([join(country, 'health.yaml')]);
    expect(family.nationalContext).not.toBeNull();
    expect(health.nationalContext).toEqual(family.nationalContext);
    expect(health.overall.score).not.toBe(family.overall.score);
    expect(family.nationalContext?.rubric.id).toBe('egov-women-national');
    expect(family.nationalContext?.date).toBe('2026-02-27');
    expect(family.nationalContext?.answeredBy).toContain('Sokha Chan (National Institute of Statistics)');
    expect(family.nationalContext?.indicators.map((i) => i.id)).toContain('data-affordability');
  });

  it('keeps the national indicators out of the ministry index: the same answers without a profile score the same', () => {
    const without = join(country, 'family-alone.yaml');
    writeFileSync(without, sample.replace('  national_profile: national.yaml\n', ''));
    const alone = scored([without]);
    expect(alone.nationalContext).toBeNull();
    expect(alone.overall.score).toBe(scored([join(country, 'family.yaml')]).overall.score);
  });

  it('reads a profile named inside the answers only from the answers file\'s own folder', () => {
    const outside = join(work, 'outside.yaml');
    copyFileSync(join(ROOT, 'templates', 'sample-national-profile.yaml'), outside);
    const file = join(country, 'escaping.yaml');
    writeFileSync(file, sample.replace('national_profile: national.yaml', 'national_profile: ../outside.yaml'));
    const run = gret(['score', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lies outside');
    expect(run.stderr).toContain('the national profile (meta.national_profile)');
  });

  it('reads a profile named with --national-profile wherever it is', () => {
    const flagged = scored([join(country, 'health.yaml'), '--national-profile', join(work, 'outside.yaml')]);
    expect(flagged.nationalContext?.file).toBe(join(work, 'outside.yaml'));
    expect(flagged.nationalContext?.indicators).toEqual(scored([join(country, 'health.yaml')]).nationalContext?.indicators);
  });

  it('warns when the profile is for another country', () => {
    writeFileSync(join(country, 'other.yaml'), readFileSync(join(country, 'national.yaml'), 'utf8').replace('  country: Republic of Karavia', '  country: Kingdom of Selo'));
    const run = gret(['score', join(country, 'health.yaml'), '--national-profile', join(country, 'other.yaml')]);
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('the national profile is for "Kingdom of Selo", but this assessment is for "Republic of Karavia" [NATIONAL_PROFILE_COUNTRY]');
    const russian = gret(['score', join(country, 'health.yaml'), '--national-profile', join(country, 'other.yaml'), '--lang', 'ru']);
    expect(russian.stdout.replace(/\s+/g, ' ')).toContain('национальный профиль составлен для "Kingdom of Selo", а эта оценка — для "Republic of Karavia" [NATIONAL_PROFILE_COUNTRY]');
  });
});

describe('a bundled pack found by the file or by its id', () => {
  it('scores a national profile with the pack its meta.pack names, with no --rubric', () => {
    const run = gret(['score', join(country, 'national.yaml'), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { rubric: { id: string } }).rubric.id).toBe('egov-women-national');
  });

  it('takes a bundled pack id for --rubric, and a path for anything else', () => {
    const blank = gret(['template', '--rubric', 'egov-women-service']);
    expect(blank.code).toBe(0);
    expect(blank.stdout).toContain('id: egov-women-service');
    const missing = gret(['template', '--rubric', 'egov-women-nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot open rubric pack egov-women-nowhere');
  });
});
