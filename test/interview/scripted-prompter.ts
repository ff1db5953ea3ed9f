import { InterviewCancelled, type Choice, type Prompter } from '../../src/core/interview/prompter.js';
import type { Screen } from '../../src/core/interview/screen.js';

/** One scripted reply; each names the kind of prompt it expects, so a script that drifts fails loudly. */
export type Step =
  | { readonly select: string }
  | { readonly tick: readonly string[] }
  | { readonly type: string }
  | { readonly number: number }
  /** Accept whatever the prompt offers as its default. */
  | { readonly accept: 'select' | 'text' | 'number' | 'checkbox' };

export interface AskedPrompt {
  readonly kind: 'select' | 'checkbox' | 'text' | 'number';
  readonly message: string;
  readonly choices?: readonly string[];
  readonly default?: unknown;
  readonly defaultName?: string;
  readonly checked?: readonly unknown[];
  readonly min?: number;
  readonly max?: number;
}

/**
 * A prompter that replies from a script. A select step picks the first choice whose text starts
 * with the given words. When the script runs out the prompter behaves as if Ctrl+C was pressed.
 */
export class ScriptedPrompter implements Prompter {
  readonly screens: Screen[] = [];
  readonly asked: AskedPrompt[] = [];
  private readonly steps: Step[];

  constructor(steps: readonly Step[]) {
    this.steps = [...steps];
  }

  get remaining(): number {
    return this.steps.length;
  }

  show(screen: Screen): void {
    this.screens.push(screen);
  }

  async select<V>(q: { message: string; choices: readonly Choice<V>[]; default?: V }): Promise<V> {
    const defaultChoice = q.choices.find((c) => c.value === q.default);
    this.asked.push({ kind: 'select', message: q.message, choices: q.choices.map((c) => c.name), default: q.default, ...(defaultChoice === undefined ? {} : { defaultName: defaultChoice.name }) });
    const step = this.next('select', q.message);
    if ('accept' in step) {
      if (defaultChoice !== undefined) return defaultChoice.value;
      const first = q.choices[0];
      if (first === undefined) throw new Error(`no choices for "${q.message}"`);
      return first.value;
    }
    if (!('select' in step)) throw new Error(`expected a ${kindOf(step)} prompt, got select "${q.message}"`);
    const found = q.choices.find((c) => c.name.startsWith(step.select));
    if (found === undefined) throw new Error(`no choice starting "${step.select}" in "${q.message}": ${q.choices.map((c) => c.name).join(' | ')}`);
    return found.value;
  }

  async checkbox<V>(q: { message: string; choices: readonly Choice<V>[]; checked?: readonly V[] }): Promise<V[]> {
    this.asked.push({ kind: 'checkbox', message: q.message, choices: q.choices.map((c) => c.name), checked: q.checked ?? [] });
    const step = this.next('checkbox', q.message);
    if ('accept' in step) return [...(q.checked ?? [])];
    if (!('tick' in step)) throw new Error(`expected a ${kindOf(step)} prompt, got checkbox "${q.message}"`);
    return step.tick.map((name) => {
      const found = q.choices.find((c) => c.name === name);
      if (found === undefined) throw new Error(`no item "${name}" in "${q.message}"`);
      return found.value;
    });
  }

  async text(q: { message: string; default?: string; validate?: (t: string) => string | true }): Promise<string> {
    this.asked.push({ kind: 'text', message: q.message, default: q.default });
    const step = this.next('text', q.message);
    const value = 'accept' in step ? (q.default ?? '') : 'type' in step ? step.type : undefined;
    if (value === undefined) throw new Error(`expected a ${kindOf(step)} prompt, got text "${q.message}"`);
    const verdict = q.validate?.(value) ?? true;
    if (verdict !== true) throw new Error(`"${value}" rejected by "${q.message}": ${verdict}`);
    return value;
  }

  async number(q: { message: string; default?: number; min?: number; max?: number }): Promise<number> {
    this.asked.push({ kind: 'number', message: q.message, default: q.default, ...(q.min === undefined ? {} : { min: q.min }), ...(q.max === undefined ? {} : { max: q.max }) });
    const step = this.next('number', q.message);
    const value = 'accept' in step ? q.default : 'number' in step ? step.number : undefined;
    if (value === undefined) throw new Error(`expected a ${kindOf(step)} prompt, got number "${q.message}"`);
    return value;
  }

  private next(kind: string, message: string): Step {
    const step = this.steps.shift();
    if (step === undefined) throw new InterviewCancelled();
    if ('accept' in step && step.accept !== kind) throw new Error(`expected a ${step.accept} prompt, got ${kind} "${message}"`);
    return step;
  }
}

function kindOf(step: Step): string {
  if ('select' in step) return 'select';
  if ('tick' in step) return 'checkbox';
  if ('type' in step) return 'text';
  if ('number' in step) return 'number';
  return step.accept;
}
