import { expect } from '@jest/globals';
import { loadAnswers } from '../../src/store/load-answers.js';
import type { Rubric } from '../../src/core/types.js';
import { Browser } from '../web/serve-client.js';

/** An answer the server confirmed with its 303: from then on, it must be on disk. */
export interface Saved {
  readonly indicator: string;
  readonly level: number;
  readonly note: string;
  /** When the 303 arrived and how long the post took, in milliseconds. */
  readonly at: number;
  readonly latency: number;
}

/**
 * One simulated device of a workshop group, answering as a person in a browser does: it opens a
 * question's page, then posts its form (the form token and answer version it shows, a level,
 * a note naming the device and the answer's number). Each device answers only its own questions,
 * so that two devices of one group never post over each other's answers.
 */
export class Participant {
  readonly saved: Saved[] = [];
  /** Replies other than a save, by status: a refusal or an error page would show here. */
  readonly refused: number[] = [];
  /** The answer posted but not yet confirmed: lost, or saved without its 303, when the server dies. */
  inFlight: { readonly indicator: string; readonly note: string } | undefined;
  private count = 0;

  constructor(
    readonly name: string,
    readonly group: string,
    readonly browser: Browser,
    private readonly indicators: readonly string[],
  ) {}

  /** Joins by the group's link, from a loopback address of its own (the server limits requests per address). */
  static async join(name: string, group: string, link: string, from: string, indicators: readonly string[]): Promise<Participant> {
    return new Participant(name, group, await Browser.join(link, from), indicators);
  }

  /** Gives the next answer; `start` is the moment the times are counted from. */
  async answer(start: number): Promise<void> {
    const n = this.count++;
    const indicator = this.indicators[n % this.indicators.length] ?? '';
    const level = n % 5;
    const note = `${this.name} answer ${n}`;
    const path = `/i/${indicator}`;
    const fields = await this.browser.filledIn(path, [['choice', `=${level}`], ['note', note], ['go', 'stay']]);
    this.inFlight = { indicator, note };
    const posted = performance.now();
    const reply = await this.browser.post(path, fields);
    const now = performance.now();
    this.inFlight = undefined;
    if (reply.status === 303) this.saved.push({ indicator, level, note, at: now - start, latency: now - posted });
    else this.refused.push(reply.status);
  }

  /** The last answer confirmed for each of its questions. */
  lastSaved(): Map<string, Saved> {
    return new Map(this.saved.map((s) => [s.indicator, s]));
  }
}

/** The level questions of a pack that every ministry is asked (no condition leaves them out), shared out among `devices`. */
export function shareQuestions(rubric: Rubric, devices: number): string[][] {
  const asked = rubric.dimensions.flatMap((d) => d.indicators).filter((i) => i.type === 'level' && i.appliesIf === undefined);
  return Array.from({ length: devices }, (_, d) => asked.filter((_, k) => k % devices === d).map((i) => i.id));
}

/**
 * Reads each group's answers file through the store, as `gret score` would, and checks that
 * every answer a device had confirmed is there as it was given (or, for the one in flight when
 * the server died, as it was posted). Returns how many answers were checked.
 */
export function expectOnDisk(rubric: Rubric, files: Readonly<Record<string, string>>, participants: readonly Participant[]): number {
  let checked = 0;
  for (const p of participants) {
    const { answers } = loadAnswers(files[p.group] ?? '', rubric).answers;
    for (const [indicator, saved] of p.lastSaved()) {
      const onDisk = answers.get(indicator);
      const possible = [saved.note, ...(p.inFlight?.indicator === indicator ? [p.inFlight.note] : [])];
      expect([p.name, indicator, possible.includes(onDisk?.note ?? '')]).toEqual([p.name, indicator, true]);
      if (onDisk?.note === saved.note) expect([p.name, indicator, onDisk.status, onDisk.value]).toEqual([p.name, indicator, 'answered', saved.level]);
      checked++;
    }
  }
  return checked;
}
