import { ApiError } from './errors';
import type {
  Review,
  EraseStatus,
  ImportReport,
  MailboxState,
  PeopleCounts,
  PeopleQuery,
  Person,
  PersonPage,
  Plan,
  PlanInput,
  ProblemDetails,
  Reply,
  Today,
} from './types';

/** Gets a bearer token for the API; `forceRefresh` asks for a new one (after a 401). */
export type GetToken = (options?: { forceRefresh?: boolean }) => Promise<string>;

export interface ApiClientOptions {
  /** The API's base address, e.g. `/api` (same origin) or `http://127.0.0.1:7071/api`. */
  baseUrl: string;
  getToken: GetToken;
  fetch?: typeof fetch;
}

/** What the Today view needs from the API (an interface so tests can stand in for it). */
export interface OutreachApi {
  getToday(): Promise<Today>;
  getPlan(): Promise<Plan>;
  getPerson(id: string): Promise<Person>;
  skip(id: string): Promise<Person>;
  snooze(id: string, until: string): Promise<Person>;
  markWritten(id: string): Promise<Person>;
  /** `POST /people/{id}/reopen`: a written, skipped or snoozed person is open again. */
  reopen(id: string): Promise<Person>;
  /** `GET /people/lookup?email=`: the person with that address, or null (404) when nobody has it. */
  lookupPerson(email: string): Promise<Person | null>;
  /** `PATCH /people/{id}` with `If-Match: eTag`; a stale ETag fails with status 412. */
  saveNotes(id: string, notes: string, eTag: string): Promise<Person>;
  /** `GET /replies`: replies waiting for an answer, newest first. */
  getReplies(): Promise<Reply[]>;
  /** `POST /replies/{id}/dismiss`: the reply needs no answer and leaves the waiting list (idempotent). */
  dismissReply(id: string): Promise<void>;
  /** `GET /people?search=&status=&cursor=&pageSize=`: one page of people. */
  listPeople(query: PeopleQuery): Promise<PersonPage>;
  /** `GET /people/counts`: how many people each filter holds. */
  getPeopleCounts(): Promise<PeopleCounts>;
  /** `PATCH /people/{id}` `{ tags }` with `If-Match: eTag`; 412 when stale. */
  setTags(id: string, tags: string[], eTag: string): Promise<Person>;
  /** `PATCH /people/{id}` `{ emails }` with `If-Match: eTag`: the person's full address list; 412 when stale. */
  setEmails(id: string, emails: string[], eTag: string): Promise<Person>;
  /** `POST /people/{id}/suggestions/accept`: the suggested address becomes the person's. */
  acceptSuggestion(id: string, address: string): Promise<Person>;
  /** `POST /people/{id}/suggestions/reject`: the address is not suggested for them again. */
  rejectSuggestion(id: string, address: string): Promise<Person>;
  /** `GET /review?from=&to=`: the balance of a period (both optional ISO dates). */
  getReview(from?: string, to?: string): Promise<Review>;
  /** `POST /people/{id}/write-started` (204): Write opened a compose form, so the review can tell the time per mail. */
  writeStarted(id: string): Promise<void>;
}

/** What the Settings view needs from the API. */
export interface SettingsApi {
  getPlan(): Promise<Plan>;
  putPlan(plan: PlanInput): Promise<Plan>;
  /** `POST /imports`: a contacts CSV, one file of LinkedIn's archive, or the whole archive (`application/zip`). */
  importContacts(file: Blob | string, contentType?: string): Promise<ImportReport>;
  getMailbox(): Promise<MailboxState>;
  connectMailbox(): Promise<MailboxState>;
  exportData(): Promise<unknown>;
  /** `DELETE /me`: 202 `{ state: 'pending' }` while the erase goes on, nothing (204) when there was nothing to erase. */
  eraseMe(): Promise<EraseStatus | undefined>;
  /** `GET /me/erase`: `pending` until the erase is done. */
  eraseStatus(): Promise<EraseStatus>;
}

/** A request body sent as is (not JSON), with its content type. */
export interface RawBody {
  raw: Blob | string;
  contentType: string;
}

function isRawBody(body: unknown): body is RawBody {
  return body !== null && typeof body === 'object' && 'raw' in body && 'contentType' in body;
}

/** A typed client for the Outreach API: bearer token, one retry with a fresh token on 401, problem+json errors. */
export class ApiClient implements OutreachApi, SettingsApi {
  private readonly baseUrl: string;
  private readonly getToken: GetToken;
  private readonly fetchImpl: typeof fetch;

  constructor(options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.getToken = options.getToken;
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  getToday(): Promise<Today> {
    return this.request<Today>('GET', '/today');
  }

  getPlan(): Promise<Plan> {
    return this.request<Plan>('GET', '/plan');
  }

  getPerson(id: string): Promise<Person> {
    return this.request<Person>('GET', `/people/${encodeURIComponent(id)}`);
  }

  skip(id: string): Promise<Person> {
    return this.request<Person>('POST', `/people/${encodeURIComponent(id)}/skip`);
  }

  snooze(id: string, until: string): Promise<Person> {
    return this.request<Person>('POST', `/people/${encodeURIComponent(id)}/snooze`, { until });
  }

  markWritten(id: string): Promise<Person> {
    return this.request<Person>('POST', `/people/${encodeURIComponent(id)}/written`);
  }

  reopen(id: string): Promise<Person> {
    return this.request<Person>('POST', `/people/${encodeURIComponent(id)}/reopen`);
  }

  putPlan(plan: PlanInput): Promise<Plan> {
    return this.request<Plan>('PUT', '/plan', plan);
  }

  importContacts(file: Blob | string, contentType = 'text/csv'): Promise<ImportReport> {
    return this.request<ImportReport>('POST', '/imports', { raw: file, contentType } satisfies RawBody);
  }

  getMailbox(): Promise<MailboxState> {
    return this.request<MailboxState>('GET', '/mailbox');
  }

  connectMailbox(): Promise<MailboxState> {
    return this.request<MailboxState>('POST', '/mailbox/connect');
  }

  exportData(): Promise<unknown> {
    return this.request<unknown>('GET', '/export');
  }

  eraseMe(): Promise<EraseStatus | undefined> {
    return this.request('DELETE', '/me');
  }

  eraseStatus(): Promise<EraseStatus> {
    return this.request('GET', '/me/erase');
  }

  async lookupPerson(email: string): Promise<Person | null> {
    try {
      return await this.request<Person>('GET', `/people/lookup?email=${encodeURIComponent(email)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        return null;
      }
      throw error;
    }
  }

  saveNotes(id: string, notes: string, eTag: string): Promise<Person> {
    return this.request<Person>('PATCH', `/people/${encodeURIComponent(id)}`, { notes }, { 'If-Match': eTag });
  }

  async getReplies(): Promise<Reply[]> {
    // The list itself, or (older APIs) wrapped as `{ items }`.
    const body = await this.request<Reply[] | { items: Reply[] }>('GET', '/replies');
    return Array.isArray(body) ? body : body.items;
  }

  dismissReply(id: string): Promise<void> {
    return this.request<void>('POST', `/replies/${encodeURIComponent(id)}/dismiss`);
  }

  getPeopleCounts(): Promise<PeopleCounts> {
    return this.request<PeopleCounts>('GET', '/people/counts');
  }

  setTags(id: string, tags: string[], eTag: string): Promise<Person> {
    return this.request<Person>('PATCH', `/people/${encodeURIComponent(id)}`, { tags }, { 'If-Match': eTag });
  }

  listPeople(query: PeopleQuery): Promise<PersonPage> {
    const parameters = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        parameters.set(name, String(value));
      }
    }
    const search = parameters.toString();
    return this.request<PersonPage>('GET', `/people${search ? `?${search}` : ''}`);
  }

  setEmails(id: string, emails: string[], eTag: string): Promise<Person> {
    return this.request<Person>('PATCH', `/people/${encodeURIComponent(id)}`, { emails }, { 'If-Match': eTag });
  }

  acceptSuggestion(id: string, address: string): Promise<Person> {
    return this.request<Person>('POST', `/people/${encodeURIComponent(id)}/suggestions/accept`, { address });
  }

  rejectSuggestion(id: string, address: string): Promise<Person> {
    return this.request<Person>('POST', `/people/${encodeURIComponent(id)}/suggestions/reject`, { address });
  }

  getReview(from?: string, to?: string): Promise<Review> {
    const query = new URLSearchParams();
    if (from) query.set('from', from);
    if (to) query.set('to', to);
    const search = query.toString();
    return this.request<Review>('GET', `/review${search ? `?${search}` : ''}`);
  }

  writeStarted(id: string): Promise<void> {
    return this.request<void>('POST', `/people/${encodeURIComponent(id)}/write-started`);
  }

  async request<T>(method: string, path: string, body?: unknown, extraHeaders?: Record<string, string>): Promise<T> {
    let response = await this.send(method, path, body, false, extraHeaders);
    if (response.status === 401) {
      response = await this.send(method, path, body, true, extraHeaders);
      if (response.status === 401) {
        throw new ApiError('unauthorized', { status: 401, problem: await readProblem(response) });
      }
    }

    if (!response.ok) {
      const problem = await readProblem(response);
      throw new ApiError(response.status >= 500 ? 'server' : 'client', {
        status: response.status,
        ...(problem ? { problem } : {}),
      });
    }

    if (response.status === 204) {
      return undefined as T;
    }
    return (await response.json()) as T;
  }

  private async send(
    method: string,
    path: string,
    body: unknown,
    forceRefresh: boolean,
    extraHeaders?: Record<string, string>,
  ): Promise<Response> {
    let token: string;
    try {
      token = await this.getToken({ forceRefresh });
    } catch (cause) {
      // A token source may say what went wrong itself (the network, say); anything else is a failed sign-in.
      throw cause instanceof ApiError ? cause : new ApiError('unauthorized', { cause, message: errorMessage(cause) });
    }

    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      Authorization: `Bearer ${token}`,
      ...extraHeaders,
    };
    if (body !== undefined) {
      headers['Content-Type'] = isRawBody(body) ? body.contentType : 'application/json';
    }

    try {
      return await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        ...(body !== undefined ? { body: isRawBody(body) ? body.raw : JSON.stringify(body) } : {}),
      });
    } catch (cause) {
      throw new ApiError('network', { cause, message: errorMessage(cause) });
    }
  }
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    return undefined;
  }
  try {
    const value: unknown = await response.json();
    return value !== null && typeof value === 'object' ? (value as ProblemDetails) : undefined;
  } catch {
    return undefined;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
