import { describe, expect, it } from '@jest/globals';
import { loadMessages } from '../../src/cli/load-messages.js';
import { renderSummary } from '../../src/report/terminal/summary.js';
import { buildAssessment } from './fixture.js';

describe('terminal summary', () => {
  const assessment = buildAssessment();
  const lines = renderSummary(assessment, { messages: loadMessages('en'), explain: true, columns: 100 }).split('\n');
  const after = (start: string, count: number) => {
    const at = lines.findIndex((l) => l.startsWith(start));
    expect(at).toBeGreaterThanOrEqual(0);
    // Wrapped lines are joined back, so that a phrase can be looked for whole.
    return lines.slice(at, at + count).join('\n').replace(/\n {4,}/g, ' ');
  };

  it('writes the marks beside each band and the reasons beneath its row', () => {
    expect(lines.find((l) => l.startsWith('Connectivity'))).toMatch(/^Connectivity\s+60\.0\s+91%\s+80%\s+Gender-sensitive · capped · provisional$/);
    const connectivity = after('Connectivity', 8);
    expect(connectivity).toContain('up to 67.5 once 1 don\'t know is answered at its target');
    expect(connectivity).toContain(
      'capped at Gender-sensitive (the score alone reaches Gender-responsive): Data on the gender gap in internet use: it is at level 1, below the level 2 needed',
    );
    expect(connectivity).toContain('provisional: evidence beyond a bare claim backs 22% of the answered weight, below 50%');
  });

  it('gives the index its range under the headline', () => {
    expect(after('Overall index', 2)).toContain("up to 53.5 once 4 don't know and 1 unanswered are answered at their target");
  });

  it('explains every gate, the range, the scope and the evidence of the index', () => {
    const explained = after('The band of the overall index', 20);
    expect(explained).toContain('Gate: Gender-responsive needs every critical indicator at level 2 or above; not met:');
    expect(explained).toContain("Range: 43.8 with don't know and unanswered at level 0, 53.5 with them at their target.");
    expect(explained).toContain('Scope: 91% of the weight applicable (limited below 85%).');
    expect(explained).toMatch(/Evidence: 27% of the answered weight rests on more than a bare claim, so provisional/);
  });
});
