import type { Messages } from '../../core/messages/messages.js';
import { html, type Html } from '../html.js';

export interface PageFrame {
  readonly title: string;
  /** The interface's words; their language is the page's. */
  readonly messages: Messages;
  /** The ministry and country, shown in the banner. */
  readonly heading: string;
  /** Said once at the top of the page: what the last save had to do besides saving. */
  readonly notices: readonly string[];
  /** The interview's navigation; the facilitator's page, which answers nothing, has none. */
  readonly nav?: boolean;
  readonly body: Html;
}

/** The frame of every page: one banner, one navigation, one main region, each a landmark; a link to skip to the main content. */
export function layout(frame: PageFrame): Html {
  const { messages } = frame;
  return html`<!doctype html>
<html lang="${messages.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${messages.t('web.page_title', { title: frame.title })}</title>
<link rel="stylesheet" href="/gret.css">
</head>
<body>
<a class="skip" href="#main">${messages.t('web.skip')}</a>
<header class="banner">
<p class="brand">${frame.heading}</p>
${
  frame.nav === false
    ? ''
    : html`<nav aria-label="${messages.t('web.nav_label')}">
<ul>
<li><a href="/">${messages.t('web.all_questions')}</a></li>
<li><a href="/glossary">${messages.t('web.glossary')}</a></li>
<li><a href="/scores">${messages.t('web.scores')}</a></li>
</ul>
</nav>`
}
</header>
<main id="main" tabindex="-1">
${frame.notices.length === 0 ? '' : html`<div class="notice" role="status">${frame.notices.map((n) => html`<p>${n}</p>`)}</div>`}
${frame.body}
</main>
</body>
</html>
`;
}
