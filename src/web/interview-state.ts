import type { Assessment } from '../core/assessment.js';
import type { Place } from '../core/interview/go-to.js';
import { exclusions } from '../core/scoring/applicability.js';
import type { Answer, Answers, Rubric } from '../core/types.js';
import type { AnswersFile, SaveReport } from '../store/answers-file.js';

/**
 * One answers file as the web pages see it: the answers the store last read or wrote, the
 * indicators in rubric order, and saves that run one at a time through the store, so that two
 * browser tabs posting at once still write the file one answer after the other.
 */
export class InterviewState {
  readonly places: readonly Place[];
  private saving: Promise<unknown> = Promise.resolve();
  /** The answers as the store last read or wrote them: only a save here changes the file's data. */
  private current: Answers;
  /** What is worked out from `current`, once per save rather than once per question of every page. */
  private derived: { readonly answers: Answers; readonly excluded: ReturnType<typeof exclusions>; assessment?: Assessment } | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly rubric: Rubric,
    readonly file: AnswersFile,
    private readonly scoreOf: (answers: Answers) => Assessment,
  ) {
    this.places = rubric.dimensions.flatMap((dimension, d) => dimension.indicators.map((indicator, i) => ({ indicator, dimension, dimensionNumber: d + 1, indicatorNumber: i + 1 })));
    this.current = file.answers() ?? file.loaded.answers;
  }

  answers(): Answers {
    return this.current;
  }

  /** The answers scored as `gret score` scores them. */
  score(answers: Answers): Assessment {
    const derived = this.derivedFrom(answers);
    derived.assessment ??= this.scoreOf(answers);
    return derived.assessment;
  }

  private derivedFrom(answers: Answers): NonNullable<InterviewState['derived']> {
    if (this.derived?.answers !== answers) this.derived = { answers, excluded: exclusions(this.rubric, answers) };
    return this.derived;
  }

  indexOf(indicatorId: string): number {
    return this.places.findIndex((p) => p.indicator.id === indicatorId);
  }

  /** Whether the question at `k` is asked: a false condition (`applies_if`) leaves it out. */
  isAsked(k: number, answers: Answers = this.answers()): boolean {
    const place = this.places[k];
    return place !== undefined && this.derivedFrom(answers).excluded.get(place.indicator.id)?.kind !== 'condition';
  }

  /** The next question after `k` that is asked and still has no answer, or undefined when none is left after it. */
  nextOpen(k: number): number | undefined {
    const answers = this.answers();
    for (let j = k + 1; j < this.places.length; j++) if (!answers.answers.has(this.places[j]?.indicator.id ?? '') && this.isAsked(j, answers)) return j;
    return undefined;
  }

  /** The first question without an answer, where a new visit carries on. */
  firstOpen(): number | undefined {
    return this.nextOpen(-1);
  }

  /** The question before `k` that is asked, answered or not: where "Previous question" leads. */
  previous(k: number): number | undefined {
    const answers = this.answers();
    for (let j = k - 1; j >= 0; j--) if (this.isAsked(j, answers)) return j;
    return undefined;
  }

  /** The next question after `k` that is asked, answered or not: where "Skip for now" leads. */
  following(k: number): number | undefined {
    const answers = this.answers();
    for (let j = k + 1; j < this.places.length; j++) if (this.isAsked(j, answers)) return j;
    return undefined;
  }

  /**
   * Saves one answer through the store. An outside edit of the same answer keeps the one given
   * here, as the last word, and the store keeps the outside version in a file beside it, which
   * the report names so that nothing is lost unseen.
   */
  save(indicatorId: string, answer: Answer): Promise<SaveReport> {
    const run = this.saving.then(async () => {
      let report: SaveReport;
      try {
        report = await this.file.save(indicatorId, answer, () => Promise.resolve('mine'));
      } finally {
        // Whatever the save did (merged an outside edit, or was refused), the store holds the file's data now.
        this.current = this.file.answers() ?? this.current;
      }
      for (const listener of this.listeners) listener();
      return report;
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  /**
   * Calls `listener` after each save of this file is on disk (the store's write is durable when
   * `save` resolves), so that a page watching the answers learns of them from the server itself,
   * not by reading the disk. Returns what stops the calls.
   */
  onSaved(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every save begun has finished: what stopping waits for. */
  settled(): Promise<void> {
    return this.saving.then(() => undefined);
  }
}
