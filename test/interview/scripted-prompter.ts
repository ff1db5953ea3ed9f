import { BACK, InterviewCancelled, type Back, type CheckboxQuestion, type Choice, type Prompter, type SelectQuestion, type TextQuestion } from '../../src/core/interview/prompter.js';
import type { Screen } from '../../src/core/interview/screen.js';
import type { Messages } from '../../src/core/messages/messages.js';
import { loadMessages } from '../../src/cli/load-messages.js';

/** One scripted reply; each names the kind of prompt it expects, so a script that drifts fails loudly. */
export type Step =
  | { readonly select: string }
  | { readonly tick: readonly string[] }
  | { readonly type: string }
  /** "Previous question": Esc. Fails where the prompt offers no way back. */
  | { readonly back: true }
  /** Enter on what the prompt offers. On a list with nothing highlighted that does nothing, and the script fails. */
  | { readonly accept: 'select' | 'text' | 'checkbox' };

export interface AskedPrompt {
  readonly kind: 'select' | 'checkbox' | 'text';
  readonly message: string;
  /** Each choice as shown: its key, then its name. */
  readonly choices?: readonly string[];
  readonly default?: unknown;
  readonly defaultName?: string;
  readonly checked?: readonly unknown[];
  readonly back: boolean;
}

/**
 * A prompter that replies from a script. A select step picks the first choice whose text (key
 * and name, as shown) starts with the given words. Text the prompt's own check refuses is
 * recorded in `refused`, and the next step is typed instead, as a person would retype. When the
 * script runs out the prompter behaves as if Ctrl+C was pressed.
 */
export class ScriptedPrompter implements Prompter {
  readonly messages: Messages;
  readonly screens: Screen[] = [];
  readonly asked: AskedPrompt[] = [];
  readonly refused: { readonly message: string; readonly text: string; readonly problem: string }[] = [];
  private readonly steps: Step[];

  constructor(steps: readonly Step[], messages: Messages = loadMessages('en')) {
    this.steps = [...steps];
    this.messages = messages;
  }

  get remaining(): number {
    return this.steps.length;
  }

  show(screen: Screen): void {
    this.screens.push(screen);
  }

  async select<V>(q: SelectQuestion<V>): Promise<V | Back> {
    const defaultChoice = q.choices.find((c) => c.value === q.default);
    const labels = q.choices.map(label);
    this.asked.push({ kind: 'select', message: q.message, choices: labels, default: q.default, back: q.back === true, ...(defaultChoice === undefined ? {} : { defaultName: label(defaultChoice) }) });
    const step = this.next('select', q);
    if ('back' in step) return BACK;
    if ('accept' in step) {
      if (defaultChoice === undefined) throw new Error(`Enter on "${q.message}", where nothing is highlighted, chooses nothing`);
      return defaultChoice.value;
    }
    if (!('select' in step)) throw new Error(`expected a ${kindOf(step)} prompt, got select "${q.message}"`);
    const found = q.choices.find((c) => label(c).startsWith(step.select));
    if (found === undefined) throw new Error(`no choice starting "${step.select}" in "${q.message}": ${labels.join(' | ')}`);
    return found.value;
  }

  async checkbox<V>(q: CheckboxQuestion<V>): Promise<V[] | Back> {
    this.asked.push({ kind: 'checkbox', message: q.message, choices: q.choices.map((c) => c.name), checked: q.checked ?? [], back: q.back === true });
    const step = this.next('checkbox', q);
    if ('back' in step) return BACK;
    if ('accept' in step) return [...(q.checked ?? [])];
    if (!('tick' in step)) throw new Error(`expected a ${kindOf(step)} prompt, got checkbox "${q.message}"`);
    return step.tick.map((name) => {
      const found = q.choices.find((c) => c.name === name);
      if (found === undefined) throw new Error(`no item "${name}" in "${q.message}"`);
      return found.value;
    });
  }

  async text(q: TextQuestion): Promise<string | Back> {
    this.asked.push({ kind: 'text', message: q.message, default: q.default, back: q.back === true });
    for (;;) {
      const step = this.next('text', q);
      if ('back' in step) return BACK;
      const value = 'accept' in step ? (q.default ?? '') : 'type' in step ? step.type : undefined;
      if (value === undefined) throw new Error(`expected a ${kindOf(step)} prompt, got text "${q.message}"`);
      // As the terminal prompt does: an empty line takes the default.
      const given = value === '' ? (q.default ?? '') : value;
      const verdict = q.validate?.(given) ?? true;
      if (verdict === true) return given;
      this.refused.push({ message: q.message, text: given, problem: verdict });
    }
  }

  private next(kind: string, q: { readonly message: string; readonly back?: boolean }): Step {
    const step = this.steps.shift();
    if (step === undefined) throw new InterviewCancelled();
    if ('accept' in step && step.accept !== kind) throw new Error(`expected a ${step.accept} prompt, got ${kind} "${q.message}"`);
    if ('back' in step && q.back !== true) throw new Error(`"${q.message}" offers no way back`);
    return step;
  }
}

function label<V>(c: Choice<V>): string {
  return c.key === undefined ? c.name : `${c.key} ${c.name}`;
}

function kindOf(step: Step): string {
  if ('select' in step) return 'select';
  if ('tick' in step) return 'checkbox';
  if ('type' in step) return 'text';
  if ('back' in step) return 'back';
  return step.accept;
}
