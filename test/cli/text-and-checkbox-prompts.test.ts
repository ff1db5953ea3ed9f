import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { render } from '@inquirer/testing';
import { BACK } from '../../src/core/interview/prompter.js';
import { checkboxPrompt } from '../../src/cli/prompts/checkbox.js';
import { textPrompt } from '../../src/cli/prompts/text.js';
import { plainStyle } from '../../src/report/terminal/style.js';
import { settled } from './settled.js';

const frame = { messages: loadMessages('en'), columns: 80, rows: 24, style: plainStyle };


describe('the text prompt', () => {
  it('shows the default on a line of its own, and takes it on Enter', async () => {
    const { answer, events, getScreen } = await render(textPrompt, { ...frame, message: 'Answering agency', default: 'Statistics office', back: true });
    expect(getScreen()).toContain('? Answering agency\n  Enter: Statistics office\n›');
    expect(getScreen()).toContain('Enter takes it · Tab edits it · Esc previous question · Ctrl+C stop');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Statistics office');
    expect(getScreen()).toBe('✔ Answering agency Statistics office');
  });

  it('puts the default in the line on Tab, to be edited', async () => {
    const { answer, events } = await render(textPrompt, { ...frame, message: 'Note', default: 'chapter 3', back: true });
    events.keypress('tab');
    events.type(', page 12');
    events.keypress('enter');
    await expect(answer).resolves.toBe('chapter 3, page 12');
  });

  it('goes back on Esc, keeping nothing typed', async () => {
    const { answer, events, getScreen } = await render(textPrompt, { ...frame, message: 'Note', back: true });
    events.type('half');
    events.keypress('escape');
    await expect(answer).resolves.toBe(BACK);
    expect(getScreen()).toBe('← Note (went back)');
  });

  it('offers no way back where there is nothing before', async () => {
    const { answer, events, getScreen } = await render(textPrompt, { ...frame, message: 'Ministry', back: false });
    expect(getScreen()).not.toContain('Esc');
    events.keypress('escape');
    expect(await settled(answer)).toBe(false);
    expect(getScreen()).toContain('This is the first question here: there is nothing to go back to.');
  });

  it('says what is wrong and keeps the text to be corrected', async () => {
    const validate = (t: string): string | true => (t.includes(',') ? 'type a number such as 0.82' : true);
    const { answer, events, getScreen } = await render(textPrompt, { ...frame, message: 'Parity score', back: true, validate });
    events.type('0,8a');
    events.keypress('enter');
    expect(await settled(answer)).toBe(false);
    expect(getScreen()).toContain('> type a number such as 0.82');
    expect(getScreen()).toContain('› 0,8a');
  });
});

describe('the checkbox prompt', () => {
  const items = ['Local languages', 'Voice or video guidance', 'A low-bandwidth version'];

  it('ticks with Space and returns the ticked items', async () => {
    const { answer, events, getScreen } = await render(checkboxPrompt, { ...frame, message: 'Tick every item that applies', items, ticked: [0], back: true });
    events.keypress('down');
    events.keypress('down');
    events.keypress('space');
    expect(getScreen()).toContain('  [x] Local languages\n  [ ] Voice or video guidance\n❯ [x] A low-bandwidth version');
    events.keypress('enter');
    await expect(answer).resolves.toEqual([0, 2]);
  });

  it('asks for a second Enter before answering "none of these"', async () => {
    const { answer, events, getScreen } = await render(checkboxPrompt, { ...frame, message: 'Tick every item that applies', items, ticked: [], back: true });
    events.keypress('enter');
    expect(await settled(answer)).toBe(false);
    expect(getScreen().replace(/\s+/g, ' ')).toContain('Nothing is ticked. Press Enter again to answer "none of these", or Space to tick an item.');
    events.keypress('enter');
    await expect(answer).resolves.toEqual([]);
  });

  it('goes back on Esc', async () => {
    const { answer, events } = await render(checkboxPrompt, { ...frame, message: 'Tick every item that applies', items, ticked: [], back: true });
    events.keypress('escape');
    await expect(answer).resolves.toBe(BACK);
  });
});
