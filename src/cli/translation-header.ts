import { UserError } from '../core/errors.js';
import { issue, type Issue } from '../core/issues.js';
import { isCalendarDate } from '../core/patterns.js';
import type { WordingTranslation } from '../report/report-input.js';
import { placeIssue, type YamlFile } from '../store/yaml-file.js';

/**
 * A translated wording file says under `translation:` what a pack's overlay says in its header
 * (status, and reviewer and date once reviewed), since the wording has a `status` section of its
 * own; the rest is wording, checked like any other. The same rules: no review without a reviewer
 * and a date, and no reviewer on a draft.
 */
export function splitTranslationHeader(yaml: YamlFile): { header: WordingTranslation; wording: unknown } {
  const data = typeof yaml.data === 'object' && yaml.data !== null && !Array.isArray(yaml.data) ? (yaml.data as Record<string, unknown>) : {};
  const { translation, ...wording } = data;
  const header = typeof translation === 'object' && translation !== null ? (translation as Record<string, unknown>) : {};
  const { status, reviewer, reviewed } = header;
  const problems: Issue[] = [];
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  if (status !== 'draft' && status !== 'reviewed') problems.push(issue(yaml.file, ['translation', 'status'], 'TRANSLATION_STATUS', { key: 'issues.TRANSLATION_STATUS' }));
  if (status === 'reviewed' && (text(reviewer) === undefined || typeof reviewed !== 'string' || !isCalendarDate(reviewed))) {
    problems.push(issue(yaml.file, ['translation', 'status'], 'REVIEW_UNSIGNED', { key: 'issues.REVIEW_UNSIGNED.wording' }));
  }
  if (status === 'draft' && (reviewer !== undefined || reviewed !== undefined)) {
    problems.push(issue(yaml.file, ['translation', reviewer === undefined ? 'reviewed' : 'reviewer'], 'DRAFT_WITH_REVIEW', { key: 'issues.DRAFT_WITH_REVIEW.wording' }));
  }
  if (problems.length > 0) {
    throw new UserError('TRANSLATION_INVALID', { key: 'errors.translation.wording_invalid', values: { file: yaml.file } }, { issues: problems.map((i) => placeIssue(yaml, i)) });
  }
  const language = typeof data['language'] === 'string' ? data['language'] : '';
  const signed = status === 'reviewed' ? { reviewer: text(reviewer) ?? '', reviewed: String(reviewed) } : {};
  return { header: { language, status: status === 'reviewed' ? 'reviewed' : 'draft', ...signed }, wording };
}
