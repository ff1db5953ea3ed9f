import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { runInterview } from '../../src/core/interview/run-interview.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { openAnswersFile } from '../../src/store/answers-file.js';
import { fixtureRubric } from '../interview/fixture-rubric.js';
import { ScriptedPrompter, type Step } from '../interview/scripted-prompter.js';
import { Browser, copyAssessment, newAssessment, servers } from './serve-client.js';

const rubric = await fixtureRubric();
const serve = servers();

/** The interview in the terminal, through the same store `gret assess` saves with. */
async function inTerminal(file: string, steps: Step[]): Promise<void> {
  const session = openAnswersFile(file, rubric, 'gret assess a.yaml');
  try {
    const prompter = new ScriptedPrompter(steps);
    await runInterview(rubric, session.loaded.answers, prompter, async (id, answer) => void (await session.save(id, answer, () => Promise.resolve('mine'))), {
      review: false,
      score: (answers) => scoreAssessment(rubric, answers, packTargets(rubric), { version: 'test' }),
    });
    expect(prompter.remaining).toBe(0);
  } finally {
    session.close();
  }
}

describe('gret serve, a whole interview by form posts', () => {
  it('writes the answers file byte for byte as gret assess does for the same answers', async () => {
    const blank = newAssessment(rubric, 'gret-serve-same-');
    const terminal = copyAssessment(blank, 'gret-assess-same-');
    const web = copyAssessment(blank, 'gret-serve-web-');

    await inTerminal(terminal, [
      { select: '3' }, { type: 'Chapter 4 <b>sets</b> targets' }, { select: 'Add a reference' }, { type: 'Strategy 2024' }, { type: 'https://example.org/plan' }, { select: 'Document seen' }, { select: 'Go on' }, { accept: 'text' },
      { select: 'Yes' }, { type: '' }, { select: 'Go on' }, { type: 'Statistics office' },
      { select: "Don't know" }, { type: 'Ask the finance unit' }, { accept: 'text' },
      { select: 'Not applicable' }, { select: 'Another reason' }, { type: 'No channel is run by the ministry' }, { type: '' }, { accept: 'text' },
      { select: 'Answer' }, { tick: ['Local languages', 'A low-bandwidth version'] }, { type: '' }, { select: 'Go on' }, { type: '-' },
      { select: 'Answer' }, { type: '38%' }, { type: '' }, { select: 'Go on' }, { accept: 'text' },
      { select: 'Answer' }, { type: '1 000' }, { type: 'Counted in March' }, { select: 'Go on' }, { accept: 'text' },
      { select: 'Finish' },
    ]);

    const { link } = await serve(rubric, web);
    const browser = await Browser.join(link);
    const steps: [string, [string, string][], string][] = [
      ['/i/strategy', [['choice', '=3'], ['note', 'Chapter 4 <b>sets</b> targets']], '/i/focal-unit'],
      ['/i/focal-unit', [['choice', '=yes'], ['agency', 'Statistics office']], '/i/unit-budget'],
      ['/i/unit-budget', [['choice', 'dont-know'], ['note', 'Ask the finance unit']], '/i/channels'],
      ['/i/channels', [['choice', 'not-applicable'], ['na_reason', 'other'], ['na_note', 'No channel is run by the ministry']], '/i/accessibility'],
      ['/i/accessibility', [['choice', 'answer'], ['item', 'low-bandwidth'], ['item', 'local-language'], ['agency', '']], '/i/women-users'],
      ['/i/women-users', [['choice', 'answer'], ['number', '38%']], '/i/centres'],
      ['/i/centres', [['choice', 'answer'], ['number', '1 000'], ['note', 'Counted in March']], '/scores'],
    ];
    for (const [path, fields, next] of steps) {
      const saved = await browser.submit(path, [...fields, ['go', 'next']]);
      expect([path, saved.status, saved.headers.location]).toEqual([path, 303, next]);
      if (path === '/i/strategy') {
        const evidence = await browser.submit('/i/strategy/evidence/new', [['title', 'Strategy 2024'], ['link', 'https://example.org/plan'], ['verification', 'document-seen']]);
        expect([evidence.status, evidence.headers.location]).toEqual([303, '/i/strategy#evidence-heading']);
      }
    }

    expect(readFileSync(web, 'utf8')).toBe(readFileSync(terminal, 'utf8'));
    const scores = await browser.get('/scores');
    expect(scores.body).toContain('Every question that applies has an answer.');
  });

  it('refuses what the terminal refuses, says why beside the field, and keeps what was typed', async () => {
    const file = newAssessment(rubric, 'gret-serve-refuse-');
    const { link } = await serve(rubric, file);
    const browser = await Browser.join(link);
    const before = readFileSync(file, 'utf8');
    const cases: [string, [string, string][], string][] = [
      ['/i/strategy', [['note', 'typed before choosing']], 'Choose an answer, or &quot;Skip for now&quot; to come back to it later.'],
      ['/i/strategy', [['choice', 'not-applicable'], ['na_reason', 'outside-mandate']], 'is critical, so it cannot be marked not applicable'],
      ['/i/strategy', [['choice', '=7']], '7 is not a level; expected a level from 0 to 4'],
      ['/i/channels', [['choice', 'not-applicable'], ['na_reason', 'other']], 'Give the reason: it is shown in the report beside the indicator.'],
      ['/i/women-users', [['choice', 'answer'], ['number', '1,500']], '“1,500” could mean 1500 or 1.500'],
      ['/i/women-users', [['number', '120']], '120 is more than 100'],
    ];
    for (const [path, fields, message] of cases) {
      const refused = await browser.submit(path, fields);
      expect([path, refused.status]).toEqual([path, 422]);
      expect(refused.body).toContain(message);
      expect(refused.body).toContain('role="alert"');
    }
    const kept = await browser.submit('/i/strategy', [['note', 'typed before choosing']]);
    expect(kept.body).toContain('>typed before choosing</textarea>');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('names the reasons for not applicable and the verification levels in the words of the interface catalog, as the terminal does', async () => {
    const file = newAssessment(rubric, 'gret-serve-words-');
    const { link } = await serve(rubric, file);
    const browser = await Browser.join(link);
    const question = (await browser.get('/i/strategy')).body;
    for (const reason of ['Outside the ministry&#39;s mandate', 'Handled nationally by another body', 'The service does not exist', 'Another reason, given below']) expect(question).toContain(reason);
    // Evidence is offered once the question has an answer.
    await browser.submit('/i/strategy', [['choice', '=2']]);
    const evidence = (await browser.get('/i/strategy/evidence/new')).body;
    for (const level of ['Claimed: someone says so, nobody has seen it yet', 'Document seen: the assessors have seen it', 'Independently verified: checked by someone outside the ministry']) {
      expect(evidence).toContain(level);
    }
  });

  it('edits and deletes evidence, goes back, and passes over a question its condition switches off', async () => {
    const file = newAssessment(rubric, 'gret-serve-evidence-');
    const { link } = await serve(rubric, file);
    const browser = await Browser.join(link);
    await browser.submit('/i/strategy', [['choice', '=2']]);
    await browser.submit('/i/strategy/evidence/new', [['title', 'First'], ['verification', 'claimed']]);
    await browser.submit('/i/strategy/evidence/new', [['title', 'Second'], ['verification', 'claimed']]);
    await browser.submit('/i/strategy/evidence/1', [['title', 'First, seen'], ['verification', 'document-seen'], ['do', 'save']]);
    expect(readFileSync(file, 'utf8')).toMatch(/title: First, seen\n\s+verification: document-seen\n\s+- title: Second/);
    const deleted = await browser.submit('/i/strategy/evidence/2', [['do', 'delete']]);
    expect(deleted.status).toBe(303);
    expect(readFileSync(file, 'utf8')).not.toContain('Second');
    expect((await browser.get('/i/strategy/evidence/2')).headers.location).toBe('/i/strategy');

    // "No" to the focal unit switches its budget question off: going on passes over it, and back from channels leads to the focal unit.
    expect((await browser.submit('/i/focal-unit', [['choice', '=no'], ['go', 'next']])).headers.location).toBe('/i/channels');
    expect((await browser.get('/i/channels')).body).toContain('<a href="/i/focal-unit" rel="prev">Previous question</a>');
    expect((await browser.get('/i/unit-budget')).body).toContain('Not asked: it ');
    const contents = (await browser.get('/')).body;
    expect(contents).toContain('not asked, its condition is not met');
    expect(contents).toContain('Carry on with the next open question');
  });

  it('asks a post made over an answer saved meanwhile (another tab, another device) to confirm, and never replaces it unseen', async () => {
    const file = newAssessment(rubric, 'gret-serve-version-');
    const { link } = await serve(rubric, file);
    const [first, second] = [await Browser.join(link), await Browser.join(link)];
    const hidden = (page: string, name: string): string => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1] ?? '';
    const opened = (await first.get('/i/strategy')).body;
    expect((await second.submit('/i/strategy', [['choice', '=3']])).status).toBe(303);

    const late = await first.post('/i/strategy', [['form', hidden(opened, 'form')], ['version', hidden(opened, 'version')], ['choice', '=1'], ['note', 'from the first tab']]);
    expect(late.status).toBe(409);
    expect(late.body).toContain('another answer to this question was saved: Level 3');
    expect(late.body).toContain('>from the first tab</textarea>');
    expect(readFileSync(file, 'utf8')).toContain('answer: 3');
    // Saving again from that page is the confirmation.
    const confirmed = await first.post('/i/strategy', [['form', hidden(late.body, 'form')], ['version', hidden(late.body, 'version')], ['choice', '=1'], ['note', 'from the first tab']]);
    expect(confirmed.status).toBe(303);
    expect(readFileSync(file, 'utf8')).toContain('answer: 1');

    await first.submit('/i/strategy/evidence/new', [['title', 'Kept'], ['verification', 'claimed']]);
    const stale = (await first.get('/i/strategy/evidence/1')).body;
    await second.submit('/i/strategy/evidence/new', [['title', 'Added meanwhile'], ['verification', 'claimed']]);
    const refused = await first.post('/i/strategy/evidence/1', [['form', hidden(stale, 'form')], ['version', hidden(stale, 'version')], ['do', 'delete']]);
    expect(refused.status).toBe(303);
    expect(readFileSync(file, 'utf8')).toMatch(/title: Kept[\s\S]*title: Added meanwhile/);
    expect((await first.get('/i/strategy')).body).toContain('This answer changed while the page was open, so nothing was saved');
  });

  it('says why a save the store refused was not made, as the terminal would, and changes nothing', async () => {
    const file = newAssessment(rubric, 'gret-serve-refused-save-');
    const { link } = await serve(rubric, file);
    const browser = await Browser.join(link);
    const page = (await browser.get('/i/strategy')).body;
    writeFileSync(file, 'meta: [this is not: valid\n');
    const hidden = (name: string): string => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1] ?? '';
    const refused = await browser.post('/i/strategy', [['form', hidden('form')], ['version', hidden('version')], ['choice', '=2'], ['agency', '']]);
    expect(refused.status).toBe(500);
    expect(refused.body).toContain('<h1>Not saved</h1>');
    expect(refused.body).toContain('was changed outside gret and can no longer be read');
    expect(refused.body).toContain('Every answer, with the one just given, is kept in');
    expect(readFileSync(file, 'utf8')).toBe('meta: [this is not: valid\n');
  });
});
