import { beforeEach, describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledTemplate, loadTemplate } from '../../src/cli/load-template.js';
import { UserError } from '../../src/core/errors.js';
import { formatIssue } from '../../src/cli/format-issue.js';

// The smallest valid PNG: a 1×1 transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let dir: string;

beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'gret-template-')), 'my-template');
  cpSync(bundledTemplate, dir, { recursive: true });
});

function edit(file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

async function problems(): Promise<{ code: string; lines: string[] }> {
  try {
    await loadTemplate(dir);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { code: error.code, lines: error.issues.map((i) => formatIssue(i, loadMessages('en'), { cwd: dir })) };
  }
  throw new Error('the template was accepted');
}

describe('report templates', () => {
  it('accepts the bundled template', async () => {
    const template = await loadTemplate(bundledTemplate);
    expect(template.wording.plan.title).toBe('Action plan');
    expect(template.logo).toBeNull();
  });

  it.each([
    ['an unknown key', 'wording.yaml', (t: string) => t.replace('  subtitle: Self', '  subtitel: Self'), /^wording\.yaml:7:3: unknown key "subtitel" \[TEMPLATE_UNKNOWN_KEY\]$/],
    ['an empty phrase', 'wording.yaml', (t: string) => t.replace('  title: Executive summary', '  title: ""'), /^wording\.yaml:\d+:3: must not be empty/],
    ['a bad colour', 'look.yaml', (t: string) => t.replace('"#1d3557"', 'navy'), /^look\.yaml:7:3: must be a colour written #rrggbb/],
  ])('reports %s with its file:line:col', async (_, file, change, expected) => {
    edit(file, change);
    const { code, lines } = await problems();
    expect(code).toBe('TEMPLATE_INVALID');
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('reports the problems of wording.yaml and look.yaml together', async () => {
    edit('wording.yaml', (t) => t.replace('  subtitle: Self', '  subtitel: Self'));
    edit('look.yaml', (t) => t.replace('"#1d3557"', 'navy'));
    const { lines } = await problems();
    expect(lines).toEqual([
      'wording.yaml:7:3: unknown key "subtitel" [TEMPLATE_UNKNOWN_KEY]',
      'look.yaml:7:3: must be a colour written #rrggbb [TEMPLATE_INVALID_FORMAT]',
    ]);
  });

  it('takes a phrase a copied template lacks from the bundled wording, and says which', async () => {
    edit('wording.yaml', (t) => t.replace(/\n {2}disclaimer: >-\n(?: {4}.*\n)+/, '\n').replace(/\n {4}declined_heading: .*\n/, '\n'));
    const notices: string[] = [];
    const template = await loadTemplate(dir, (words) => notices.push(loadMessages('en').say(words)));
    expect(template.wording.cover.disclaimer).toBe((await loadTemplate(bundledTemplate)).wording.cover.disclaimer);
    expect(template.wording.compare.gaps.declined_heading).toBe('Fallen back ({count})');
    expect(notices).toEqual([expect.stringMatching(/wording\.yaml has no wording for 2 phrases this version of gret uses \(cover\.disclaimer, compare\.gaps\.declined_heading\); the bundled English wording stands in/)]);
  });

  it('says nothing when the copy has every phrase', async () => {
    const notices: string[] = [];
    await loadTemplate(dir, (words) => notices.push(loadMessages('en').say(words)));
    expect(notices).toEqual([]);
  });

  it('refuses wording with a terminal escape, which would reach terminals and reports as it is', async () => {
    edit('wording.yaml', (t) => t.replace('  title: Executive summary', '  title: "Executive \\e[2J summary"'));
    expect((await problems()).lines).toEqual([expect.stringMatching(/^wording\.yaml:\d+:3: .*contains a control character or terminal escape sequence/)]);
  });

  it('reads a logo inside the template folder', async () => {
    writeFileSync(join(dir, 'logo.png'), PNG);
    edit('look.yaml', (t) => t.replace('logo: null', 'logo: logo.png'));
    expect((await loadTemplate(dir)).logo?.length).toBe(PNG.length);
  });

  it.each([
    ['a relative path out of the folder', '../outside.png'],
    ['an absolute path', '/etc/outside.png'],
    ['a symbolic link that points out of the folder', 'linked.png'],
  ])('refuses a logo reached through %s', async (_, name) => {
    const outside = join(dir, '..', 'outside.png');
    writeFileSync(outside, PNG);
    symlinkSync(outside, join(dir, 'linked.png'));
    edit('look.yaml', (t) => t.replace('logo: null', `logo: ${name}`));
    expect(await problemCode()).toBe('TEMPLATE_LOGO_OUTSIDE');
  });

  it('refuses a logo that is not an image', async () => {
    writeFileSync(join(dir, 'logo.png'), 'not a picture');
    edit('look.yaml', (t) => t.replace('logo: null', 'logo: logo.png'));
    expect(await problemCode()).toBe('TEMPLATE_LOGO_FORMAT');
  });
});

async function problemCode(): Promise<string> {
  try {
    await loadTemplate(dir);
  } catch (error) {
    if (error instanceof UserError) return error.code;
    throw error;
  }
  return 'accepted';
}
