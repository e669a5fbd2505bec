/** The API's JSON shapes (camelCase), as `functions/Outreach.Core` defines them. Dates are `YYYY-MM-DD`. */

export type IsoDate = string;
export type IsoDateTime = string;

export interface Progress {
  doneToday: number;
  dailyQuota: number;
  done: number;
  total: number;
  remaining: number;
  projectedFinish: IsoDate | null;
  onPace: boolean;
  remainingWorkingDays: number;
  averagePerDay: number;
  /** False in the plan's first week or before five working days of history: the pane does not judge the pace. */
  paceKnown?: boolean;
  /** Today is not a working day of the plan (a weekdays-only plan at the weekend). */
  restDay?: boolean;
}

export interface PersonEmail {
  address: string;
  source: string;
  bounced?: boolean;
}

export interface CareerChange {
  seenOn: IsoDate;
  fromCompany: string | null;
  fromPosition: string | null;
  toCompany: string | null;
  toPosition: string | null;
}

export interface MailHistory {
  first: IsoDateTime | null;
  last: IsoDateTime | null;
  sent: number;
  received: number;
}

/** A company the person worked at that you worked at too, with your own period there (`YYYY-MM`; `to` null: still there). */
export interface SharedEmployer {
  company: string;
  from: string;
  to: string | null;
}

export interface AddressSuggestion {
  address: string;
  matchedName: string;
  count: number;
}

export type PersonStatus = 'open' | 'written' | 'replied' | 'skipped' | 'snoozed' | 'needsEmail' | (string & {});

/** `GET /api/people/counts`: how many people each filter of the People view holds. */
export interface PeopleCounts {
  all: number;
  open: number;
  written: number;
  replied: number;
  snoozed: number;
  skipped: number;
  needsEmail: number;
  suggested: number;
}

export interface Person {
  id: string;
  firstName: string | null;
  lastName: string | null;
  profileUrl: string | null;
  company: string | null;
  position: string | null;
  connectedOn: IsoDate | null;
  emails: PersonEmail[];
  careerHistory: CareerChange[];
  notes: string;
  tags: string[];
  status: PersonStatus;
  snoozedUntil: IsoDate | null;
  writtenOn: string | null;
  /** How the person was written to: `mail`, `linkedIn` (a message in the LinkedIn archive), or elsewhere. */
  writtenVia: 'mail' | 'linkedIn' | (string & {}) | null;
  lastContact: IsoDate | null;
  mailHistory: MailHistory;
  /** Messages with them in your LinkedIn archive (APIs before issue 12 have none). */
  linkedInHistory?: MailHistory | null;
  sharedEmployers?: SharedEmployer[];
  suggestions: AddressSuggestion[];
  eTag: string;
}

/** `GET /api/people`: one page; pass `cursor` back for the next (null at the end). */
export interface PersonPage {
  items: Person[];
  cursor: string | null;
}

export interface PeopleQuery {
  search?: string | undefined;
  status?: PersonStatus | undefined;
  /** Only people with (true) or without (false) addresses suggested from the mailbox. */
  suggested?: boolean | undefined;
  cursor?: string | null | undefined;
  pageSize?: number | undefined;
}

export type PlanOrder = 'longestSilence' | 'oldestConnection' | 'shuffled' | 'byName' | (string & {});

export interface Plan {
  target: number | null;
  deadline: IsoDate;
  weekdaysOnly: boolean;
  order: PlanOrder;
  seed: number;
  timeZone: string;
  startedOn: IsoDate;
}

export interface PersonSuggestion {
  personId: string;
  firstName: string | null;
  lastName: string | null;
  suggestions: AddressSuggestion[];
}

export interface Today {
  today: IsoDate;
  progress: Progress;
  needsEmailCount: number;
  next: Person | null;
  plan: Plan;
  suggestions: PersonSuggestion[];
}

/** RFC 9457 problem details. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

/** One line of an import that was rejected or warned about (1-based line number). */
export interface ImportIssue {
  line: number;
  reason: string;
}

export interface ImportRole {
  company: string | null;
  position: string | null;
}

export interface ImportCareerChange {
  personId: string;
  name: string;
  before: ImportRole;
  after: ImportRole;
}

/** A rejected record of one file of an upload (an entry of the archive): the file and the line it starts on. */
export interface FileIssue {
  file: string;
  line: number;
  reason: string;
}

/** One file of an upload in the report: what it was read as, its rows and rejected lines, and why it was not read. */
export interface ImportedFile {
  name: string;
  readAs: 'connections' | 'positions' | 'profile' | 'messages' | 'ignored' | (string & {});
  rows: number;
  rejected: FileIssue[];
  note?: string | null;
}

export interface ImportReport {
  /** The contact file's format; null when the upload held none (only Positions.csv, say). */
  format: string | null;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  careerChanges: ImportCareerChange[];
  rejected: ImportIssue[];
  warnings: ImportIssue[];
  possibleDuplicates: { name: string; personIds: string[] }[];
  /** Each file of the upload, each entry of a LinkedIn archive. */
  files?: ImportedFile[];
  /** From messages.csv, over all messages kept: people written via LinkedIn and people who answered there; and messages of this upload with people outside the network. */
  linkedInWritten?: number;
  linkedInReplies?: number;
  outsideNetwork?: number;
  /** What this upload's messages added to those kept before (null without messages). */
  linkedInAdded?: LinkedInAdded | null;
}

export interface LinkedInAdded {
  messages: number;
  written: number;
  replies: number;
}

/** `PUT /api/plan`: the goal (target null = everyone). */
export interface PlanInput {
  target: number | null;
  deadline: IsoDate;
  weekdaysOnly: boolean;
  order: PlanOrder;
  timeZone: string;
  seed?: number;
  /** The plan's first day (not after today): what was sent since counts as written. Unchanged when left out. */
  startedOn?: IsoDate;
}

export interface MailboxFolder {
  syncState: string;
  lastSyncAt: IsoDateTime | null;
  messagesSeen: number;
  subscribed: boolean;
  subscriptionExpiresAt: IsoDateTime | null;
  lastError: string | null;
}

export interface MailboxState {
  connected: boolean;
  connectedAt: IsoDateTime | null;
  reconnectNeeded: boolean;
  reconnectReason: string | null;
  lastNotificationAt: IsoDateTime | null;
  nextSubscriptionExpiry: IsoDateTime | null;
  poisonCount: number;
  lastPoisonReason: string | null;
  subscriptionProblem: string | null;
  folders: Record<string, MailboxFolder>;
}

/** The mail of yours a reply answers. */
export interface AnsweredMail {
  messageId: string;
  sentAt: IsoDateTime;
  subject: string | null;
}

/** A reply still waiting for an answer (`GET /api/replies`); `messageId` is a Graph (REST) immutable id. */
export interface Reply {
  /** The reply's id for `POST /api/replies/{id}/dismiss`. */
  id: string;
  personId: string;
  firstName: string | null;
  lastName: string | null;
  messageId: string;
  receivedAt: IsoDateTime;
  subject?: string | null;
  channel?: 'mail' | 'linkedIn' | (string & {});
  answers?: AnsweredMail | null;
  hoursToReply?: number | null;
  outreachSentAt: IsoDateTime;
  waiting: number;
}

/** A named moment of a review period (`kind` says which figures it carries). */
export interface ReviewHighlight {
  kind: 'firstReply' | 'fastestReply' | 'longestSilence' | 'careerChange' | (string & {});
  personId: string;
  name: string;
  date: string;
  hours?: number;
  years?: number;
  fromCompany?: string | null;
  toCompany?: string | null;
  toPosition?: string | null;
}

/** One week of the burn-up: written that week, written since the plan began, what the plan called for. */
export interface ReviewWeek {
  weekStart: string;
  written: number;
  cumulative: number;
  planned: number;
  /** People whose first reply (to a mail of the period) came this week. */
  replies: number;
}

/** `GET /api/review`: the balance of a period. */
export interface Review {
  from: string;
  to: string;
  written: { total: number; mail: number; linkedIn: number; elsewhere: number };
  people: { inPlan: number; open: number; skipped: number; snoozed: number; needsEmail: number };
  replies: { people: number; rate: number; medianHoursToReply: number | null; awaitingAnswer: number };
  silence: {
    neverBefore: number;
    underOneYear: number;
    oneToFiveYears: number;
    overFiveYears: number;
    longest: { personId: string; name: string; years: number } | null;
  };
  network: { careerChanges: number; peopleWhoMoved: number; bouncedAddresses: number; addressesFound: number };
  timePerMail: { medianMinutes: number | null; mails: number };
  weeks: ReviewWeek[];
  highlights: ReviewHighlight[];
}

/** `GET /me/erase` (and the 202 of `DELETE /me`): whether the erase still runs. */
export interface EraseStatus {
  state: 'pending' | 'done';
}
