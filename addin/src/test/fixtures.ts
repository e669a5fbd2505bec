import { vi } from 'vitest';
import type { OutreachApi } from '../api/client';
import type { Person, Plan, Today } from '../api/types';
import type { AuthConfig } from '../auth/config';

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'p1',
    firstName: 'Ada',
    lastName: 'Lovelace',
    profileUrl: 'https://www.linkedin.com/in/ada',
    company: 'Analytical Engines Ltd',
    position: 'Head of Computing',
    connectedOn: '2019-03-14',
    emails: [{ address: 'ada@example.com', source: 'import' }],
    careerHistory: [
      {
        seenOn: '2026-10-01',
        fromCompany: 'Babbage & Co',
        fromPosition: 'Analyst',
        toCompany: 'Analytical Engines Ltd',
        toPosition: 'Head of Computing',
      },
    ],
    notes: 'Met at the 2019 conference.',
    tags: [],
    status: 'open',
    snoozedUntil: null,
    writtenOn: null,
    writtenVia: null,
    lastContact: '2024-03-12',
    mailHistory: { first: '2018-01-02T09:00:00+00:00', last: '2024-03-12T10:30:00+00:00', sent: 3, received: 1 },
    suggestions: [],
    eTag: 'W/"1"',
    ...overrides,
  };
}

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    target: null,
    deadline: '2026-12-31',
    weekdaysOnly: true,
    order: 'longestSilence',
    seed: 1,
    timeZone: 'Europe/Berlin',
    startedOn: '2026-11-01',
    ...overrides,
  };
}

/** A configured app registration for the account manager tests. */
export const testAuthConfig: AuthConfig = {
  clientId: 'client',
  authority: 'https://login.microsoftonline.com/common',
  apiScope: 'api://localhost/client/access_as_user',
  dialogUrl: 'https://localhost/pane/auth-dialog.html',
  configured: true,
};

export function today(overrides: Partial<Today> = {}): Today {
  return {
    today: '2026-11-26',
    progress: {
      doneToday: 2,
      dailyQuota: 5,
      done: 412,
      total: 1109,
      remaining: 697,
      projectedFinish: '2026-12-09',
      onPace: true,
      remainingWorkingDays: 24,
      averagePerDay: 4.6,
      paceKnown: true,
      restDay: false,
    },
    needsEmailCount: 3,
    next: person(),
    plan: plan(),
    suggestions: [],
    ...overrides,
  };
}

export type FakeApi = { [K in keyof OutreachApi]: ReturnType<typeof vi.fn<OutreachApi[K]>> };

export function fakeApi(): FakeApi {
  return {
    getToday: vi.fn<OutreachApi['getToday']>(),
    getPlan: vi.fn<OutreachApi['getPlan']>(),
    getPerson: vi.fn<OutreachApi['getPerson']>(),
    skip: vi.fn<OutreachApi['skip']>(),
    snooze: vi.fn<OutreachApi['snooze']>(),
    markWritten: vi.fn<OutreachApi['markWritten']>(),
    reopen: vi.fn<OutreachApi['reopen']>(),
    dismissReply: vi.fn<OutreachApi['dismissReply']>(),
    getPeopleCounts: vi.fn<OutreachApi['getPeopleCounts']>(),
    setTags: vi.fn<OutreachApi['setTags']>(),
    lookupPerson: vi.fn<OutreachApi['lookupPerson']>(),
    saveNotes: vi.fn<OutreachApi['saveNotes']>(),
    getReplies: vi.fn<OutreachApi['getReplies']>(),
    listPeople: vi.fn<OutreachApi['listPeople']>(),
    setEmails: vi.fn<OutreachApi['setEmails']>(),
    acceptSuggestion: vi.fn<OutreachApi['acceptSuggestion']>(),
    rejectSuggestion: vi.fn<OutreachApi['rejectSuggestion']>(),
    getReview: vi.fn<OutreachApi['getReview']>(),
    writeStarted: vi.fn<OutreachApi['writeStarted']>().mockResolvedValue(undefined),
  };
}
