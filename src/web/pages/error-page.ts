import { UserError } from '../../core/errors.js';
import type { Messages } from '../../core/messages/messages.js';
import { html, type Html } from '../html.js';
import { layout } from './layout.js';

/**
 * What a request that failed shows. A save the store refused (a full disk, a file broken by an
 * outside edit) says why and what to do, as the terminal would; nothing was saved.
 */
export function errorPage(error: unknown, messages: Messages): Html {
  const body =
    error instanceof UserError
      ? html`<h1>Not saved</h1><p>${messages.say(error.words)}</p>${error.hint === undefined ? '' : html`<p>${messages.say(error.hint)}</p>`}<p><a href="/">All questions</a></p>`
      : html`<h1>gret could not answer this request</h1><p>This is a bug in gret. The answers saved before are in the file; try the page again.</p><p><a href="/">All questions</a></p>`;
  return layout({ title: 'Not saved', lang: 'en', heading: 'gret', notices: [], nav: false, body });
}
