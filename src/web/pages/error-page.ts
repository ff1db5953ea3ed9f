import { UserError } from '../../core/errors.js';
import type { Messages } from '../../core/messages/messages.js';
import { html, type Html } from '../html.js';
import { layout } from './layout.js';

/**
 * What a request that failed shows. A save the store refused (a full disk, a file broken by an
 * outside edit) says why and what to do, as the terminal would; nothing was saved.
 */
export function errorPage(error: unknown, messages: Messages): Html {
  const home = html`<p><a href="/">${messages.t('web.all_questions')}</a></p>`;
  const body =
    error instanceof UserError
      ? html`<h1>${messages.t('web.error.not_saved')}</h1><p>${messages.say(error.words)}</p>${error.hint === undefined ? '' : html`<p>${messages.say(error.hint)}</p>`}${home}`
      : html`<h1>${messages.t('web.error.bug_heading')}</h1><p>${messages.t('web.error.bug')}</p>${home}`;
  return layout({ title: messages.t('web.error.not_saved'), messages, heading: 'gret', notices: [], nav: false, body });
}
