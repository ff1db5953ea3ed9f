import { answerOnFileInWords } from '../core/answers/answer-in-words.js';
import { conditionInInterfaceWords } from '../core/scoring/condition-in-words.js';
import { typedText } from '../core/interview/ask-details.js';
import type { Evidence, Verification } from '../core/types.js';
import { verificationLevels } from '../core/vocabulary.js';
import type { SaveReport } from '../store/answers-file.js';
import type { Messages } from '../core/messages/messages.js';
import { answerFromFields, fieldsFromForm, fieldsOf, type AnswerFields, type FieldProblem } from './answer-form.js';
import { answerVersion } from './answer-version.js';
import type { BrowserSession } from './browser-sessions.js';
import { html, type Html } from './html.js';
import type { InterviewState } from './interview-state.js';
import { contentsPage } from './pages/contents-page.js';
import { evidenceFieldsOf, evidenceHeading, evidencePage, type EvidenceFields } from './pages/evidence-page.js';
import { glossaryPage } from './pages/glossary-page.js';
import { indicatorPage } from './pages/indicator-page.js';
import { layout } from './pages/layout.js';
import { scoresPage, type Download } from './pages/scores-page.js';
import { page, refused, seeOther, type Reply } from './reply.js';

export interface RouteContext {
  readonly state: InterviewState;
  /** The interface's words, shared with the terminal interview: the pages' and the problems of a typed answer. */
  readonly messages: Messages;
  readonly session: BrowserSession;
  /** The answers file as the user named it, for the pages to say where answers are kept. */
  readonly shownFile: string;
  /** The command that writes the report, shown on the scores page. */
  readonly reportCommand: string;
  /** The reports to download from the scores page. */
  readonly downloads: readonly Download[];
}

const indicatorPath = (id: string): string => `/i/${encodeURIComponent(id)}`;

/**
 * The interview's pages: `GET /` all questions, `GET|POST /i/<id>` one question, `GET|POST
 * /i/<id>/evidence/new` and `/i/<id>/evidence/<n>` its evidence, `GET /glossary`, `GET /scores`.
 * Anything else is unknown. A post that is refused shows the form again with what to change
 * (422); one that is saved is sent on with 303.
 */
export async function interviewRoute(context: RouteContext, method: string, path: readonly string[], form: URLSearchParams | undefined): Promise<Reply> {
  const [first, id, sub, n, ...rest] = path;
  if (rest.length > 0) return refused(404);
  const { messages } = context;
  if (method === 'GET' && path.length === 0) return frame(context, messages.t('web.all_questions'), contents(context));
  if (method === 'GET' && first === 'glossary' && path.length === 1) return frame(context, messages.t('web.glossary'), glossaryPage(context.state.rubric.glossary, messages));
  if (method === 'GET' && first === 'scores' && path.length === 1) {
    return frame(context, messages.t('web.scores'), scoresPage(context.state.score(context.state.answers()), messages, { file: context.shownFile, reportCommand: context.reportCommand, downloads: context.downloads }));
  }
  if (first !== 'i' || id === undefined) return refused(404);
  const k = context.state.indexOf(id);
  if (k === -1) return refused(404);
  if (sub === undefined) return method === 'POST' && form !== undefined ? postAnswer(context, k, form) : method === 'GET' ? showIndicator(context, k) : refused(405);
  if (sub !== 'evidence' || n === undefined) return refused(404);
  const number = n === 'new' ? undefined : /^[1-9]\d{0,3}$/.test(n) ? Number(n) : NaN;
  if (Number.isNaN(number)) return refused(404);
  return method === 'POST' && form !== undefined ? postEvidence(context, k, number, form) : method === 'GET' ? showEvidence(context, k, number, undefined, []) : refused(405);
}

function frame(context: RouteContext, title: string, body: Html, status = 200): Reply {
  const { meta } = context.state.answers();
  // Shown once: the page after a save says what the save had to do besides saving.
  const notices = context.session.notices.splice(0);
  const { messages } = context;
  return page(layout({ title, messages, heading: messages.t('web.banner', { ministry: meta.ministry, country: meta.country }), notices, body }), status);
}

function contents(context: RouteContext): Html {
  const { state } = context;
  const answers = state.answers();
  const open = state.firstOpen();
  return contentsPage({
    title: state.rubric.title,
    messages: context.messages,
    places: state.places,
    answers,
    assessment: state.score(answers),
    resume: open === undefined ? undefined : indicatorPath(state.places[open]?.indicator.id ?? ''),
    file: context.shownFile,
  });
}

function placeAt(context: RouteContext, k: number): NonNullable<InterviewState['places'][number]> {
  const place = context.state.places[k];
  if (place === undefined) throw new Error(`no question at ${k}`);
  return place;
}

/** A post shown again instead of saved: what was typed, and why (problems to change, or an answer saved meanwhile). */
interface Refusal {
  readonly fields: AnswerFields;
  readonly problems: readonly FieldProblem[];
  readonly savedMeanwhile?: string;
}

function showIndicator(context: RouteContext, k: number, refusal?: Refusal): Reply {
  const { state, session, messages } = context;
  const place = placeAt(context, k);
  const answers = state.answers();
  const onFile = answers.answers.get(place.indicator.id);
  const previous = state.previous(k);
  const following = state.following(k);
  const next = following === undefined ? '/scores' : indicatorPath(placeAt(context, following).indicator.id);
  const title = place.indicator.title;
  if (!state.isAsked(k, answers)) {
    const explanation = state.score(answers).dimensions.flatMap((d) => d.indicators).find((i) => i.id === place.indicator.id)?.exclusion;
    return frame(
      context,
      title,
      html`<h1>${title}</h1><p>${explanation?.kind === 'condition' ? messages.t('web.question.not_asked', { explanation: conditionInInterfaceWords(explanation.because, messages) }) : messages.t('go_to.not_asked')}</p><p><a class="button primary" href="${next}">${messages.t('web.question.go_on')}</a></p><p><a href="/">${messages.t('web.all_questions')}</a></p>`,
    );
  }
  const body = indicatorPage({
    rubric: state.rubric,
    messages,
    place,
    dimensionCount: state.rubric.dimensions.length,
    progress: state.score(answers).coverage,
    fields: refusal?.fields ?? fieldsOf(place.indicator, onFile, session.agency ?? answers.meta.ministry),
    problems: refusal?.problems ?? [],
    onFile,
    formToken: session.formToken,
    version: answerVersion(onFile),
    ...(refusal?.savedMeanwhile === undefined ? {} : { savedMeanwhile: refusal.savedMeanwhile }),
    previous: previous === undefined ? undefined : indicatorPath(placeAt(context, previous).indicator.id),
    next,
  });
  if (refusal === undefined) return frame(context, title, body);
  return frame(context, messages.t('web.question.not_saved_title', { title }), body, refusal.savedMeanwhile === undefined ? 422 : 409);
}

async function postAnswer(context: RouteContext, k: number, form: URLSearchParams): Promise<Reply> {
  const { state, session, messages } = context;
  const place = placeAt(context, k);
  const answers = state.answers();
  if (!state.isAsked(k, answers)) return showIndicator(context, k);
  const fields = fieldsFromForm(form);
  const onFile = answers.answers.get(place.indicator.id);
  if (form.get('version') !== answerVersion(onFile)) {
    return showIndicator(context, k, { fields, problems: [], savedMeanwhile: onFile === undefined ? messages.t('answer.removed') : answerOnFileInWords(place.indicator, onFile, messages) });
  }
  const outcome = answerFromFields(context.shownFile, state.rubric, place.indicator, fields, onFile, messages);
  if (!outcome.ok) return showIndicator(context, k, { fields, problems: outcome.problems });
  const report = await state.save(place.indicator.id, outcome.answer);
  tell(context, place.indicator.id, report);
  session.agency = outcome.answer.agency;
  if (form.get('go') === 'stay') return seeOther(indicatorPath(place.indicator.id));
  const next = state.nextOpen(k);
  return seeOther(next === undefined ? '/scores' : indicatorPath(placeAt(context, next).indicator.id));
}

function tell(context: RouteContext, indicatorId: string, report: SaveReport): void {
  const { state, session, messages } = context;
  const file = context.shownFile;
  const title = (id: string): string => (id === 'meta' ? messages.t('web.notice.meta') : messages.t('web.notice.title', { title: state.places.find((p) => p.indicator.id === id)?.indicator.title ?? id }));
  if (report.recreated === true) session.notices.push(messages.t('web.notice.recreated', { file }));
  if (report.merged.length > 0) {
    session.notices.push(messages.t('web.notice.merged', { file, changed: report.merged.map(title).join(messages.t('web.notice.separator')), indicator: title(indicatorId) }));
  }
  if (report.conflict !== undefined) {
    session.notices.push(messages.t('web.notice.conflict', { file, indicator: title(indicatorId), other: report.conflict.otherFile }));
  }
}

function showEvidence(context: RouteContext, k: number, number: number | undefined, posted: EvidenceFields | undefined, problems: readonly FieldProblem[]): Reply {
  const place = placeAt(context, k);
  const answer = context.state.answers().answers.get(place.indicator.id);
  // Evidence backs an answer: without one, or for a reference that is no longer there, the question is the place to go.
  if (answer?.status !== 'answered') return seeOther(indicatorPath(place.indicator.id));
  const entry = number === undefined ? undefined : answer.evidence[number - 1];
  if (number !== undefined && entry === undefined) return seeOther(indicatorPath(place.indicator.id));
  const { messages } = context;
  return frame(
    context,
    messages.t('web.evidence.page_title', { title: evidenceHeading(number, messages), indicator: place.indicator.title }),
    evidencePage({ indicator: place.indicator, messages, number, fields: posted ?? evidenceFieldsOf(entry), problems, formToken: context.session.formToken, version: answerVersion(answer) }),
    problems.length > 0 ? 422 : 200,
  );
}

/** Adds, edits or deletes one reference, as the terminal's evidence list does: date and provider on file are kept. */
async function postEvidence(context: RouteContext, k: number, number: number | undefined, form: URLSearchParams): Promise<Reply> {
  const { state, messages } = context;
  const place = placeAt(context, k);
  const back = indicatorPath(place.indicator.id);
  const answer = state.answers().answers.get(place.indicator.id);
  if (answer?.status !== 'answered') return seeOther(back);
  // A reference is named by its place in the list: after a change made meanwhile, the place may name another.
  if (form.get('version') !== answerVersion(answer)) {
    context.session.notices.push(messages.t('web.evidence.changed'));
    return seeOther(`${back}#evidence-heading`);
  }
  const base = number === undefined ? undefined : answer.evidence[number - 1];
  if (number !== undefined && base === undefined) return seeOther(back);
  let evidence: readonly Evidence[];
  if (form.get('do') === 'delete' && base !== undefined) {
    evidence = answer.evidence.filter((e) => e !== base);
  } else {
    const fields: EvidenceFields = { title: form.get('title') ?? '', link: form.get('link') ?? '', verification: form.get('verification') ?? '' };
    const verification = verificationLevels.find((v): v is Verification => v === fields.verification);
    const problems: FieldProblem[] = [];
    if (fields.title.trim() === '') problems.push({ field: 'title', message: messages.t('web.problem.reference_title') });
    if (verification === undefined) problems.push({ field: 'verification-claimed', message: messages.t('web.problem.verification') });
    if (problems.length > 0 || verification === undefined) return showEvidence(context, k, number, fields, problems);
    const link = typedText(fields.link);
    const entry: Evidence = {
      title: fields.title.trim(),
      ...(link === undefined ? {} : { link }),
      ...(base?.date === undefined ? {} : { date: base.date }),
      ...(base?.providedBy === undefined ? {} : { providedBy: base.providedBy }),
      verification,
    };
    evidence = base === undefined ? [...answer.evidence, entry] : answer.evidence.map((e) => (e === base ? entry : e));
  }
  const report = await state.save(place.indicator.id, { ...answer, evidence });
  tell(context, place.indicator.id, report);
  return seeOther(`${back}#evidence-heading`);
}
