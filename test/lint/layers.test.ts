import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { join } from 'node:path';

/**
 * The layer table in eslint.config.js, tried against code planted in each layer: what a layer
 * may not import must fail lint with a message naming it, and what it may import must pass.
 */
const eslint = new ESLint({ cwd: join(import.meta.dirname, '..', '..') });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
}

describe('the layer table', () => {
  it.each([
    ['src/core/planted.ts', 'core may not import "node:fs"', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"],
    ['src/core/planted.ts', 'core may not import "node:os"', "export const f = async () => import('node:os');"],
    ['src/core/planted.ts', 'core may not import "util"', "import { inspect } from 'util';\nexport const f = inspect;"],
    ['src/core/planted.ts', 'core may not import "events"', "import { EventEmitter } from 'events';\nexport const f = EventEmitter;"],
    ['src/core/planted.ts', 'core may not import "yaml"', "import { parse } from 'yaml';\nexport const f = parse;"],
    ['src/core/planted.ts', 'core may not import "../cli/main.js"', "export const f = async () => import('../cli/main.js');"],
    ['src/core/scoring/planted.ts', 'core may not import "../../report/json.js"', "export { renderJson } from '../../report/json.js';"],
    ['src/core/planted.ts', 'core may not import "left-pad"', "export * from 'left-pad';"],
    ['src/core/planted.ts', 'core may not import "commander"', "import type { Command } from 'commander';\nexport type C = Command;"],
    ['src/core/planted.ts', 'core may not import "pdfkit"', "export type P = typeof import('pdfkit');"],
    ['src/report/planted.ts', 'report may not import "pdfkit"', "import PDFDocument from 'pdfkit';\nexport const f = PDFDocument;"],
    ['src/report/markdown/planted.ts', 'report may not import "node:fs"', "import { writeFileSync } from 'node:fs';\nexport const f = writeFileSync;"],
    ['src/report/planted.ts', 'report may not import "../cli/io.js"', "export const f = async () => import('../cli/io.js');"],
    ['src/report/planted.ts', 'report may not import "zod"', "import { z } from 'zod';\nexport const f = z;"],
    ['src/report/pdf/planted.ts', 'report/pdf may not import "node:fs"', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"],
    ['src/report/planted.ts', 'report may not import "subset-font"', "import subsetFont from 'subset-font';\nexport const f = subsetFont;"],
    ['src/report/html/planted.ts', 'report/html may not import "node:fs"', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"],
    ['src/report/pdf/planted.ts', 'report/pdf may not import "chalk"', "import chalk from 'chalk';\nexport const f = chalk;"],
    ['src/store/planted.ts', 'store may not import "commander"', "import { Command } from 'commander';\nexport const f = Command;"],
    ['src/store/planted.ts', 'store may not import "docx"', "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nexport const f = () => require('docx');"],
    ['src/store/planted.ts', 'store may not import "node:child_process"', "import { spawn } from 'node:child_process';\nexport const f = spawn;"],
    ['src/store/planted.ts', 'store may not import "../cli/io.js"', "export const f = async () => import('../cli/io.js');"],
    ['src/store/planted.ts', 'store may not import "../report/index.js"', "export const f = async () => import('../report/index.js');"],
    ['src/store/planted.ts', 'store may not import "pdfkit"', "import { createRequire } from 'node:module';\nexport const f = () => createRequire(import.meta.url)('pdfkit');"],
    ['src/cli/planted.ts', 'cli may not import "@inquirer/prompts"', "import { select } from '@inquirer/prompts';\nexport const f = select;"],
    ['src/cli/commands/planted.ts', 'cli may not import "@inquirer/core"', "export const f = async () => import('@inquirer/core');"],
    ['src/cli/planted.ts', 'cli may not import "../web/server.js"', "export const f = async () => import('../web/server.js');"],
    ['src/cli/planted.ts', 'cli may not import "pdfkit"', "import PDFDocument from 'pdfkit';\nexport const f = PDFDocument;"],
    ['src/cli/prompter.ts', 'cli may not import "@inquirer/core"', "import { createPrompt } from '@inquirer/core';\nexport const f = createPrompt;"],
    ['src/cli/planted.ts', 'cli may not import "yaml"', "import { parse } from 'yaml';\nexport const f = parse;"],
    ['src/cli/commands/planted.ts', 'cli may not import "../../web/interview-server.js"', "export const f = async () => import('../../web/interview-server.js');"],
    ['src/cli/commands/serve.ts', 'cli may not import "../../web/interview-server.js"', "export const f = async () => import('../../web/interview-server.js');"],
    ['src/cli/commands/serve.ts', 'cli may not import "qrcode"', "export const f = async () => import('qrcode');"],
    ['src/cli/serve-rooms.ts', 'cli serve-rooms may not import "../web/html.js"', "import { html } from '../web/html.js';\nexport const f = html;"],
    ['src/web/planted.ts', 'web may not import "../cli/main.js"', "export const f = async () => import('../cli/main.js');"],
    ['src/web/planted.ts', 'web may not import "commander"', "import { Command } from 'commander';\nexport const f = Command;"],
    ['src/store/planted.ts', 'store may not import "pdfkit"', "import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nexport const f = () => load('pdfkit');"],
    ['src/store/planted.ts', 'store may not import "qrcode"', "export const f = () => load('qrcode');\nimport { createRequire as make } from 'node:module';\nconst load = make(import.meta.url);"],
    ['src/store/planted.ts', 'store may not import "chalk"', "import * as modules from 'node:module';\nexport const f = () => modules.createRequire(import.meta.url)('chalk');"],
    ['src/store/planted.ts', 'store may not import "node:child_process"', "export const f = () => process.getBuiltinModule('node:child_process');"],
    ['src/cli/planted.ts', 'cli may not import "@inquirer/core"', "let load: (name: string) => unknown = (name) => name;\nimport { createRequire } from 'node:module';\nload = createRequire(import.meta.url);\nexport const f = () => load('@inquirer/core');"],
    ['src/core/planted.ts', 'a module named by a computed value cannot be checked', "const name = 'node:fs';\nexport const f = async () => import(name);"],
    ['src/store/planted.ts', 'a module named by a computed value cannot be checked', "const name = 'node:http';\nexport const f = () => process.getBuiltinModule(name);"],
  ])('in %s: %s', async (file, message, code) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`gret/allowed-imports: ${message}`);
  });

  it.each([
    ['src/core/planted.ts', "import { z } from 'zod';\nimport type { Rubric } from './types.js';\nexport type R = Rubric;\nexport const s = z.string();"],
    ['src/core/scoring/planted.ts', "export const f = async () => import('../rubric/parse-rubric.js');"],
    ['src/report/planted.ts', "import type { Assessment } from '../core/assessment.js';\nexport type A = Assessment;\nexport const f = async () => import('./pdf/render-pdf.js');"],
    ['src/report/pdf/planted.ts', "import PDFDocument from 'pdfkit';\nexport { renderMarkdown } from '../markdown/render-markdown.js';\nexport const f = PDFDocument;"],
    ['src/report/html/planted.ts', "import subsetFont from 'subset-font';\nimport { escapeXml } from '../svg/svg-text.js';\nexport const f = [subsetFont, escapeXml];"],
    ['src/store/planted.ts', "import { readFileSync } from 'node:fs';\nimport { parseDocument } from 'yaml';\nimport type { Rubric } from '../core/types.js';\nexport type R = Rubric;\nexport const f = [readFileSync, parseDocument];"],
    ['src/cli/planted.ts', "import { Command } from 'commander';\nimport { inspect } from 'util';\nimport { renderJson } from '../report/json.js';\nexport const f = [Command, inspect, renderJson, async () => import('../store/planted.js')];"],
    ['src/cli/prompts/planted.ts', "import { createPrompt } from '@inquirer/core';\nexport const f = createPrompt;"],
    ['src/cli/commands/workshop.ts', "export const f = async () => import('qrcode');"],
    ['src/cli/serve-rooms.ts', "import { startInterviewServer } from '../web/interview-server.js';\nimport { InterviewState } from '../web/interview-state.js';\nexport const f = [startInterviewServer, InterviewState];"],
    ['src/web/planted.ts', "import { createServer } from 'node:http';\nimport { renderJson } from '../report/json.js';\nexport const f = [createServer, renderJson];"],
    ['src/store/planted.ts', "import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nexport const f = () => [load('yaml'), process.getBuiltinModule('node:crypto')];"],
    ['src/store/planted.ts', "const load = (name: string) => name;\nexport const f = () => load('pdfkit');"],
    ['src/store/planted.ts', "import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nexport const f = (load: (name: string) => string) => load('pdfkit');\nexport const g = () => load('yaml');"],
    ['src/store/planted.ts', "const createRequire = (url: string) => (name: string) => [url, name];\nexport const f = () => createRequire('here')('pdfkit');"],
  ])('in %s: allowed imports pass', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('determinism in core and report', () => {
  it.each([
    ['Date.now()', 'export const f = () => Date.now();', 'no-restricted-properties'],
    ['new Date()', 'export const f = () => new Date();', 'no-restricted-syntax'],
    ['Date()', 'export const f = () => Date();', 'no-restricted-syntax'],
    ['Math.random()', 'export const f = () => Math.random();', 'no-restricted-properties'],
    ['console', "export const f = () => console.log('x');", 'no-restricted-globals'],
    ['process', 'export const f = () => process.env;', 'no-restricted-globals'],
    ['globalThis.process', 'export const f = () => globalThis.process.env;', 'no-restricted-globals'],
    ['setTimeout', 'export const f = () => setTimeout(() => undefined, 1);', 'no-restricted-globals'],
    ['performance', 'export const f = () => performance.now();', 'no-restricted-globals'],
  ])('%s fails in core and in report', async (_name, code, rule) => {
    for (const file of ['src/core/planted.ts', 'src/report/pdf/planted.ts']) {
      const found = await problems(file, code);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(new RegExp(`^${rule}: `));
    }
  });

  it('allows dates built from a value, as the calendar check and the PDF date need', async () => {
    const code = "export const a = new Date(Date.UTC(2026, 0, 1));\nexport const b = new Date('2026-01-01T00:00:00Z');";
    expect(await problems('src/core/planted.ts', code)).toEqual([]);
    expect(await problems('src/report/pdf/planted.ts', code)).toEqual([]);
  });

  it('leaves the shell free to read the clock and the environment', async () => {
    expect(await problems('src/cli/planted.ts', 'export const f = () => [Date.now(), new Date(), process.env, Math.random()];')).toEqual([]);
  });
});
