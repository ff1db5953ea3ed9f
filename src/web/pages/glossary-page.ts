import type { Messages } from '../../core/messages/messages.js';
import type { GlossaryTerm } from '../../core/types.js';
import { html, type Html } from '../html.js';

export function glossaryPage(glossary: readonly GlossaryTerm[], messages: Messages): Html {
  return html`
<h1>${messages.t('web.glossary')}</h1>
${glossary.length === 0 ? html`<p>${messages.t('web.glossary_page.none')}</p>` : html`<dl class="terms">${glossary.map((t) => html`<dt>${t.term}</dt><dd>${t.definition}</dd>`)}</dl>`}
`;
}
