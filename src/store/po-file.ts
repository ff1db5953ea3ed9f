import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import { UserError } from '../core/errors.js';
import type { PoCatalog, PoEntry } from '../core/translation/po-catalog.js';
import { readBytes } from './read-text.js';

/*
 * A translator's catalog as a gettext PO file, the format of Poedit, Weblate, Crowdin and
 * OmegaT: msgctxt says where the text sits, msgid is the English, msgstr the translation, and
 * an extracted comment (`#. hash: …`) the hash of the English the translation was made from.
 * The pack, status and review travel in the header, so the file alone can become an overlay.
 */

const HASH_COMMENT = /^hash: ([0-9a-f]{8})$/;

export function poText(catalog: PoCatalog): string {
  const translations: Record<string, Record<string, GetTextTranslation>> = {
    '': { '': { msgid: '', msgstr: [''] } },
  };
  for (const e of catalog.entries) {
    translations[e.context] = {
      [e.english]: {
        msgctxt: e.context,
        msgid: e.english,
        msgstr: [e.translation],
        comments: { extracted: `hash: ${e.hash}`, ...(e.fuzzy ? { flag: 'fuzzy' } : {}) },
      },
    };
  }
  const headers: Record<string, string> = {
    'Project-Id-Version': catalog.pack,
    Language: catalog.language,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Gret-Pack': catalog.pack,
    'X-Gret-Status': catalog.status,
    ...(catalog.reviewer === undefined ? {} : { 'X-Gret-Reviewer': catalog.reviewer }),
    ...(catalog.reviewed === undefined ? {} : { 'X-Gret-Reviewed': catalog.reviewed }),
  };
  return po.compile({ charset: 'utf-8', headers, translations }, { foldLength: 79 }).toString('utf8');
}

/** Reads a PO file written by poText and edited by a translator's tool. */
export function readPoCatalog(file: string): PoCatalog {
  const bytes = readBytes(file, { key: 'files.po' });
  let parsed: GetTextTranslations;
  try {
    parsed = po.parse(Buffer.from(bytes), { validation: true });
  } catch (error) {
    throw new UserError('PO_SYNTAX', { key: 'errors.po.syntax', values: { file, detail: error instanceof Error ? error.message : String(error) } }, { hint: { key: 'errors.po.syntax_hint' } });
  }
  const header = (name: string): string | undefined => parsed.headers[name];
  const language = header('Language');
  const pack = header('X-Gret-Pack');
  const status = header('X-Gret-Status') ?? 'draft';
  if (language === undefined || language === '' || pack === undefined || (status !== 'draft' && status !== 'reviewed')) {
    throw new UserError('PO_NOT_GRET', { key: 'errors.po.not_gret', values: { file } }, { hint: { key: 'errors.po.not_gret_hint' } });
  }
  const entries: PoEntry[] = [];
  for (const [context, messages] of Object.entries(parsed.translations)) {
    for (const m of Object.values(messages)) {
      if (m.msgid === '') continue;
      const hash = (m.comments?.extracted ?? '').split('\n').map((line) => HASH_COMMENT.exec(line.trim())?.[1]).find((h) => h !== undefined);
      const fuzzy = (m.comments?.flag ?? '').split(',').some((f) => f.trim() === 'fuzzy');
      entries.push({ context, english: m.msgid, translation: m.msgstr[0] ?? '', hash: hash ?? '', fuzzy });
    }
  }
  const reviewer = header('X-Gret-Reviewer');
  const reviewed = header('X-Gret-Reviewed');
  return { language, pack, status, ...(reviewer === undefined ? {} : { reviewer }), ...(reviewed === undefined ? {} : { reviewed }), entries };
}
