import { verificationKeys } from '../../core/interview/ask-evidence.js';
import type { Messages } from '../../core/messages/messages.js';
import { verificationLevels } from '../../core/vocabulary.js';
import type { Evidence, Indicator } from '../../core/types.js';
import type { FieldProblem } from '../answer-form.js';
import { html, type Html } from '../html.js';
import { problemSummary } from './parts.js';

export interface EvidenceFields {
  readonly title: string;
  readonly link: string;
  readonly verification: string;
}

export interface EvidenceView {
  readonly indicator: Indicator;
  /** The interface's words, shared with the terminal interview. */
  readonly messages: Messages;
  /** 1-based number of the reference edited; undefined to add one. */
  readonly number: number | undefined;
  readonly fields: EvidenceFields;
  readonly problems: readonly FieldProblem[];
  readonly formToken: string;
  /** The version of the answer whose evidence this is (see answer-version.ts). */
  readonly version: string;
}

export function evidenceFieldsOf(e: Evidence | undefined): EvidenceFields {
  return { title: e?.title ?? '', link: e?.link ?? '', verification: e?.verification ?? 'claimed' };
}

/** Adding or editing one reference of an answer's evidence; an edit can also delete it. */
export function evidencePage(view: EvidenceView): Html {
  const { messages } = view;
  const back = `/i/${encodeURIComponent(view.indicator.id)}`;
  const action = `${back}/evidence/${view.number === undefined ? 'new' : view.number}`;
  const titleProblem = view.problems.find((p) => p.field === 'title');
  return html`
<p class="where"><a href="${back}">${view.indicator.title}</a></p>
<h1>${evidenceHeading(view.number, messages)}</h1>
${problemSummary(view.problems, messages)}
<form method="post" action="${action}" novalidate>
<input type="hidden" name="form" value="${view.formToken}">
<input type="hidden" name="version" value="${view.version}">
<label for="title">${messages.t('evidence.title')}</label>
${titleProblem === undefined ? '' : html`<p class="problem" id="problem-title">${titleProblem.message}</p>`}
<input type="text" id="title" name="title" value="${view.fields.title}" maxlength="500" required${titleProblem === undefined ? '' : html` aria-invalid="true" aria-describedby="problem-title"`}>
<label for="link">${messages.t('web.evidence.link')} <span class="hint">${messages.t('web.optional')}</span></label>
<input type="text" id="link" name="link" value="${view.fields.link}" maxlength="2000">
<fieldset>
<legend>${messages.t('evidence.how_verified')}</legend>
${verificationLevels.map(
  (value) =>
    html`<div class="option"><input type="radio" id="verification-${value}" name="verification" value="${value}"${view.fields.verification === value ? ' checked' : ''}><label for="verification-${value}">${messages.t(verificationKeys[value])}</label></div>`,
)}
</fieldset>
<div class="actions">
<button type="submit" name="do" value="save" class="primary">${messages.t('web.evidence.save')}</button>
${view.number === undefined ? '' : html`<button type="submit" name="do" value="delete" class="danger">${messages.t('evidence.delete')}</button>`}
</div>
</form>
<p><a href="${back}">${messages.t('web.evidence.back')}</a></p>
`;
}

/** "Add a reference", or the number of the one edited: the page's heading and the start of its title. */
export function evidenceHeading(number: number | undefined, messages: Messages): string {
  return number === undefined ? messages.t('evidence.add_first') : messages.t('web.evidence.reference', { number });
}
