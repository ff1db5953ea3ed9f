import { describe, expect, it } from '@jest/globals';
import { parityScore } from '../../src/core/scoring/parity-score.js';
import { levelOf } from '../../src/core/scoring/level-of.js';
import { indicator } from '../builders.js';

/**
 * ITU, Facts and Figures 2024, "The gender digital divide" (itu.int/itu-d/reports/statistics/2024/
 * 11/10/ff24-the-gender-digital-divide): "Globally, 70 per cent of men are using the Internet,
 * compared with 65 per cent of women", and the world's gender parity score, "the female
 * percentage divided by the male percentage", rose "from 0.91 in 2019 to 0.94 in 2024".
 * ITU publishes the rates as whole percentages and computes the score from the unrounded ones:
 * 65 ÷ 70 is 0.93, not the 0.94 ITU reports. The counts below are per 10,000 people of each sex,
 * with rates of 65.4% and 69.6%, which ITU would print as 65 and 70; from them the score is ITU's.
 */
const world2024 = { women_eligible: 10_000, women_users: 6_540, men_eligible: 10_000, men_users: 6_960 };

describe('the parity score from four counts', () => {
  it("is ITU's: women's rate divided by men's rate (world, 2024: 0.94)", () => {
    expect(Math.round((world2024.women_users / world2024.women_eligible) * 100)).toBe(65);
    expect(Math.round((world2024.men_users / world2024.men_eligible) * 100)).toBe(70);
    expect(parityScore(world2024)).toBe(0.94);
  });

  it('does not depend on how many of each sex are eligible, as a ratio of shares would', () => {
    // Same rates, twice as many eligible men: women's share of users falls, their rate does not.
    const more = { women_eligible: 10_000, women_users: 6_540, men_eligible: 20_000, men_users: 13_920 };
    expect(parityScore(more)).toBe(0.94);
    const shareOfUsers = more.women_users / (more.women_users + more.men_users);
    const shareOfEligible = more.women_eligible / (more.women_eligible + more.men_eligible);
    expect(Math.round((shareOfUsers / shareOfEligible) * 100) / 100).toBe(0.96);
  });

  it('reads the two-decimal score, so 0.98 is always in the parity band', () => {
    // 0.97999… rounds to 0.98, the lower bound of ITU's parity band (0.98 to 1.02).
    expect(parityScore({ women_eligible: 100_000, women_users: 97_998, men_eligible: 100_000, men_users: 100_000 })).toBe(0.98);
    const ind = indicator('uptake', {
      type: 'parity',
      counts: { women_eligible: 'a', women_users: 'b', men_eligible: 'c', men_users: 'd' },
      thresholds: [
        { min: 0, level: 0 },
        { min: 0.98, level: 4 },
      ],
      levels: ['gap', null, null, null, 'parity'],
    });
    expect(levelOf(ind, { women_eligible: 100_000, women_users: 97_998, men_eligible: 100_000, men_users: 100_000 }, 4)).toBe(4);
    expect(levelOf(ind, { women_eligible: 100_000, women_users: 97_000, men_eligible: 100_000, men_users: 100_000 }, 4)).toBe(0);
  });
});
