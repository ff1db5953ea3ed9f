import type { GlossaryTerm } from '../../core/types.js';
import { html, type Html } from '../html.js';

export function glossaryPage(glossary: readonly GlossaryTerm[]): Html {
  return html`
<h1>Glossary</h1>
${glossary.length === 0 ? html`<p>This rubric pack has no glossary.</p>` : html`<dl class="terms">${glossary.map((t) => html`<dt>${t.term}</dt><dd>${t.definition}</dd>`)}</dl>`}
`;
}
