import type { Review } from '../api/types';

/** A review of three weeks with known figures, the first two people named in its highlights. */
export function review(overrides: Partial<Review> = {}): Review {
  return {
    from: '2026-01-05',
    to: '2026-01-25',
    written: { total: 412, mail: 400, linkedIn: 0, elsewhere: 12 },
    people: { inPlan: 1109, open: 600, skipped: 50, snoozed: 47, needsEmail: 30 },
    replies: { people: 138, rate: 138 / 412, medianHoursToReply: 50, awaitingAnswer: 4 },
    silence: {
      neverBefore: 20,
      underOneYear: 100,
      oneToFiveYears: 200,
      overFiveYears: 92,
      longest: { personId: 'p1', name: 'Ada Lovelace', years: 12.3 },
    },
    network: { careerChanges: 31, peopleWhoMoved: 57, bouncedAddresses: 9, addressesFound: 14 },
    timePerMail: { medianMinutes: 6.5, mails: 40 },
    weeks: [
      { weekStart: '2026-01-05', written: 100, cumulative: 100, planned: 120, replies: 40 },
      { weekStart: '2026-01-12', written: 150, cumulative: 250, planned: 240, replies: 60 },
      { weekStart: '2026-01-19', written: 162, cumulative: 412, planned: 360, replies: 38 },
    ],
    highlights: [
      { kind: 'firstReply', personId: 'p2', name: 'Grace Hopper', date: '2026-01-06', hours: 20 },
      { kind: 'longestSilence', personId: 'p1', name: 'Ada Lovelace', date: '2026-01-07', years: 12.3 },
    ],
    ...overrides,
  };
}

/** The review's weeks as the table that ends the English Markdown of Copy as text. */
export const englishWeeksTable = [
  '| Week of | Written | Answered |',
  '| --- | ---: | ---: |',
  '| 5 Jan 2026 | 100 | 40 |',
  '| 12 Jan 2026 | 150 | 60 |',
  '| 19 Jan 2026 | 162 | 38 |',
];
