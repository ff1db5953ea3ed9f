import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { render } from '@inquirer/testing';
import { BACK } from '../../src/core/interview/prompter.js';
import { selectPrompt, type SelectConfig } from '../../src/cli/prompts/select.js';
import { plainStyle } from '../../src/report/terminal/style.js';
import { settled } from './settled.js';

const levels = ['Absent: nothing is written down.', 'Ad hoc: women are mentioned.', 'Defined: a written goal.', 'Implemented: targets and a budget.', 'Institutionalised: evaluated and revised.'];
const config: SelectConfig = {
  message: 'Does the strategy set goals for women?',
  items: [
    ...levels.map((name, level) => ({ name, key: String(level), short: `Level ${level}` })),
    { name: 'Not applicable: this does not apply', short: 'Not applicable' },
    { name: "Don't know: nobody can say yet", short: "Don't know" },
    { name: 'Skip for now' },
  ],
  back: true,
  messages: loadMessages('en'),
  columns: 80,
  rows: 24,
  style: plainStyle,
  heading: 'Dimension 1 of 2 · indicator 1 of 3 · 0 of 7 answered (0%)\nDigital strategy names gender goals (critical)',
  guidance: 'Look at the strategy in force and its action plan.',
};


const highlighted = (screen: string): string | undefined => screen.split('\n').find((l) => l.startsWith('❯'));

describe('the select prompt', () => {
  it('starts with nothing highlighted, and Enter alone chooses nothing', async () => {
    const { answer, events, getScreen } = await render(selectPrompt, config);
    expect(highlighted(getScreen())).toBeUndefined();
    events.keypress('enter');
    expect(await settled(answer)).toBe(false);
    expect(getScreen()).toContain('Nothing is chosen yet: use ↑↓, a number or the first letters, then Enter.');
  });

  it.each([0, 1, 2, 3, 4])('highlights level %i when its digit is typed, and chooses it on Enter', async (level) => {
    const { answer, events, getScreen } = await render(selectPrompt, config);
    events.type(String(level));
    expect(highlighted(getScreen())).toBe(`❯ ${level} ${levels[level]}`);
    expect(await settled(answer)).toBe(false);
    events.keypress('enter');
    await expect(answer).resolves.toBe(level);
  });

  it('says so when no choice has the number typed', async () => {
    const { answer, events, getScreen } = await render(selectPrompt, config);
    events.type('7');
    expect(getScreen()).toContain('No choice is numbered 7: the numbers go from 0 to 4.');
    expect(highlighted(getScreen())).toBeUndefined();
    expect(await settled(answer)).toBe(false);
  });

  it('jumps to a choice by its first letters, and to the next one on the same letter again', async () => {
    const { answer, events, getScreen } = await render(selectPrompt, config);
    events.type('n');
    expect(highlighted(getScreen())).toBe('❯ Not applicable: this does not apply');
    events.type('o');
    expect(highlighted(getScreen())).toBe('❯ Not applicable: this does not apply');
    events.type('d');
    expect(highlighted(getScreen())).toBe('❯ 2 Defined: a written goal.');
    events.type('d');
    expect(highlighted(getScreen())).toBe("❯ Don't know: nobody can say yet");
    events.keypress('enter');
    await expect(answer).resolves.toBe(6);
  });

  it('moves with the arrows from nothing to the first or the last choice', async () => {
    const down = await render(selectPrompt, config);
    down.events.keypress('down');
    expect(highlighted(down.getScreen())).toBe(`❯ 0 ${levels[0]}`);
    const up = await render(selectPrompt, config);
    up.events.keypress('up');
    expect(highlighted(up.getScreen())).toBe('❯ ← Previous question');
  });

  it.each(['escape', 'left'])('goes back on %s', async (key) => {
    const { answer, events } = await render(selectPrompt, config);
    events.keypress(key);
    await expect(answer).resolves.toBe(BACK);
  });

  it('goes back through its last choice, and echoes that it went back', async () => {
    const { answer, events, getScreen } = await render(selectPrompt, config);
    events.keypress('up');
    events.keypress('enter');
    await expect(answer).resolves.toBe(BACK);
    expect(getScreen()).toBe('← Does the strategy set goals for women? (went back)');
  });

  it('offers no way back where there is nothing before, and says why', async () => {
    const { answer, events, getScreen } = await render(selectPrompt, { ...config, back: false });
    expect(getScreen()).not.toContain('Previous question');
    events.keypress('escape');
    expect(await settled(answer)).toBe(false);
    expect(getScreen()).toContain('This is the first question here: there is nothing to go back to.');
  });

  it('starts on the given choice, as a review starts on the answer on file', async () => {
    const { answer, events, getScreen } = await render(selectPrompt, { ...config, start: 2 });
    expect(highlighted(getScreen())).toBe(`❯ 2 ${levels[2]}`);
    events.keypress('enter');
    await expect(answer).resolves.toBe(2);
  });

  it('documents its keys, and shows the guidance on ? in place of the choices', async () => {
    const { events, getScreen } = await render(selectPrompt, config);
    expect(getScreen()).toContain('↑↓ move · 0–4 pick by number · letters jump to a choice · Enter choose\nEsc or ← previous question · ? guidance · Ctrl+C stop');
    events.type('?');
    expect(getScreen()).toContain('Guidance: Look at the strategy in force and its action plan.');
    expect(getScreen()).not.toContain('Skip for now');
    events.type('?');
    expect(getScreen()).toContain('Skip for now');
  });

  it('names Tab in its keys when there is a glossary, and shows it on Tab in place of the choices', async () => {
    const glossary = 'Women\'s machinery: the part of government whose mandate is gender equality.\nSex-disaggregated data: figures counted separately for women and men.';
    const { answer, events, getScreen } = await render(selectPrompt, { ...config, glossary });
    expect(getScreen()).toContain('? guidance · Tab glossary · Ctrl+C stop');
    events.keypress('tab');
    expect(getScreen()).toContain('Glossary:\nWomen\'s machinery: the part of government whose mandate is gender equality.\nSex-disaggregated data:');
    expect(getScreen()).toContain('Tab back to the choices');
    expect(getScreen()).not.toContain('Skip for now');
    events.keypress('tab');
    expect(getScreen()).toContain('Skip for now');
    events.type('3');
    events.keypress('enter');
    await expect(answer).resolves.toBe(3);
  });

  it('keeps the heading and the question in view with a long list on an 80 × 24 terminal', async () => {
    const long = { ...config, items: config.items.map((item) => ({ ...item, name: `${item.name} ${'More words to make the descriptor wrap. '.repeat(3)}` })) };
    const { events, getScreen } = await render(selectPrompt, long);
    events.type('4');
    const lines = getScreen().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines.slice(0, 3)).toEqual(['Dimension 1 of 2 · indicator 1 of 3 · 0 of 7 answered (0%)', 'Digital strategy names gender goals (critical)', '? Does the strategy set goals for women?']);
    expect(lines.some((l) => l.startsWith('❯ 4 Institutionalised'))).toBe(true);
    expect(getScreen()).toContain('(more: ↑↓)');
  });

  it('wraps the confirmation to the width of the terminal, between words', async () => {
    const narrow = { ...config, columns: 40, items: [{ name: 'A', short: 'Level 3, Implemented and measured' }] };
    const { answer, events, getScreen } = await render(selectPrompt, narrow);
    events.keypress('down');
    events.keypress('enter');
    await answer;
    expect(getScreen()).toBe('✔ Does the strategy set goals for women?\n  Level 3, Implemented and measured');
  });
});
