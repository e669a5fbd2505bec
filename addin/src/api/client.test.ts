import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from './client';
import { ApiError } from './errors';

function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

function setup(responses: Array<Response | Error>) {
  const fetchMock = vi.fn<typeof fetch>(async () => {
    const next = responses.shift();
    if (next === undefined) {
      throw new Error('unexpected request');
    }
    if (next instanceof Error) {
      throw next;
    }
    return next;
  });
  let issued = 0;
  const getToken = vi.fn(async (options?: { forceRefresh?: boolean }) => {
    issued += 1;
    return options?.forceRefresh ? `fresh-${issued}` : `cached-${issued}`;
  });
  const client = new ApiClient({ baseUrl: 'http://127.0.0.1:7071/api/', getToken, fetch: fetchMock });
  return { client, fetchMock, getToken };
}

function headerOf(call: Parameters<typeof fetch> | undefined, name: string): string | undefined {
  const headers = (call?.[1]?.headers ?? {}) as Record<string, string>;
  return headers[name];
}

describe('ApiClient', () => {
  it('sends the bearer token to the right address', async () => {
    const { client, fetchMock } = setup([json(200, { today: '2026-11-26' })]);

    const today = await client.getToday();

    expect(today.today).toBe('2026-11-26');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const call = fetchMock.mock.calls[0];
    expect(call?.[0]).toBe('http://127.0.0.1:7071/api/today');
    expect(call?.[1]?.method).toBe('GET');
    expect(headerOf(call, 'Authorization')).toBe('Bearer cached-1');
  });

  it('posts a JSON body for snooze', async () => {
    const { client, fetchMock } = setup([json(200, { id: 'p 1' })]);

    await client.snooze('p 1', '2026-12-24');

    const call = fetchMock.mock.calls[0];
    expect(call?.[0]).toBe('http://127.0.0.1:7071/api/people/p%201/snooze');
    expect(call?.[1]?.method).toBe('POST');
    expect(call?.[1]?.body).toBe('{"until":"2026-12-24"}');
    expect(headerOf(call, 'Content-Type')).toBe('application/json');
  });

  it('retries once with a fresh token after a 401', async () => {
    const { client, fetchMock, getToken } = setup([
      json(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json'),
      json(200, { id: 'p1' }),
    ]);

    await client.skip('p1');

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(getToken).toHaveBeenLastCalledWith({ forceRefresh: true });
    expect(headerOf(fetchMock.mock.calls[1], 'Authorization')).toBe('Bearer fresh-2');
  });

  it('surfaces a sign-in error when the fresh token is refused too', async () => {
    const { client, fetchMock } = setup([
      json(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json'),
      json(401, { title: 'Unauthorized', detail: 'The token has expired.', status: 401 }, 'application/problem+json'),
    ]);

    const error = await client.getToday().catch((e: unknown) => e);

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('unauthorized');
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).detail).toBe('The token has expired.');
  });

  it('parses problem+json into a readable error', async () => {
    const { client } = setup([
      json(
        404,
        { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5', title: 'Not Found', status: 404, detail: 'No person p9.' },
        'application/problem+json',
      ),
    ]);

    const error = (await client.getPerson('p9').catch((e: unknown) => e)) as ApiError;

    expect(error.kind).toBe('client');
    expect(error.status).toBe(404);
    expect(error.title).toBe('Not Found');
    expect(error.detail).toBe('No person p9.');
    expect(error.message).toBe('Not Found: No person p9.');
    expect(error.retryable).toBe(false);
  });

  it('reports a 5xx without a problem body as a server error', async () => {
    const { client } = setup([new Response('Bad gateway', { status: 502, headers: { 'Content-Type': 'text/plain' } })]);

    const error = (await client.getToday().catch((e: unknown) => e)) as ApiError;

    expect(error.kind).toBe('server');
    expect(error.status).toBe(502);
    expect(error.message).toBe('HTTP 502');
    expect(error.retryable).toBe(true);
  });

  it('handles network failure', async () => {
    const { client } = setup([new TypeError('Failed to fetch')]);

    const error = (await client.getToday().catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.message).toBe('Failed to fetch');
    expect(error.retryable).toBe(true);
  });

  it('reports a failing token source as a sign-in error without calling the API', async () => {
    const fetchMock = vi.fn<typeof fetch>();
    const client = new ApiClient({
      baseUrl: '/api',
      getToken: () => Promise.reject(new Error('interaction_required')),
      fetch: fetchMock,
    });

    const error = (await client.getToday().catch((e: unknown) => e)) as ApiError;

    expect(error.kind).toBe('unauthorized');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('ApiClient with a token source that fails on the network', () => {
  it('keeps the token source’s network error', async () => {
    const client = new ApiClient({
      baseUrl: '/api',
      getToken: () => Promise.reject(new ApiError('network', { message: 'Failed to fetch' })),
      fetch: vi.fn<typeof fetch>(),
    });

    const error = (await client.getToday().catch((e: unknown) => e)) as ApiError;

    expect(error.kind).toBe('network');
  });

  it('saves notes with If-Match and turns a 412 into an ApiError with that status', async () => {
    const { client, fetchMock } = setup([
      json(200, { id: 'p1', eTag: 'W/"2"' }),
      json(412, { title: 'Precondition Failed', status: 412 }, 'application/problem+json'),
    ]);

    expect((await client.saveNotes('p1', 'Likes chess.', 'W/"1"')).eTag).toBe('W/"2"');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:7071/api/people/p1');
    expect(init?.method).toBe('PATCH');
    expect(headerOf(fetchMock.mock.calls[0], 'If-Match')).toBe('W/"1"');
    expect(JSON.parse(String(init?.body))).toEqual({ notes: 'Likes chess.' });

    await expect(client.saveNotes('p1', 'x', 'W/"1"')).rejects.toMatchObject({ status: 412 });
  });

  it('looks a person up by address; 404 means nobody has it', async () => {
    const { client, fetchMock } = setup([json(200, { id: 'p1' }), json(404, { title: 'Not Found', status: 404 }, 'application/problem+json')]);

    expect((await client.lookupPerson('ada@example.com'))?.id).toBe('p1');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://127.0.0.1:7071/api/people/lookup?email=ada%40example.com');
    expect(await client.lookupPerson('nobody@example.com')).toBeNull();
  });

  it('gets the replies as a list, whether the API sends the list or wraps it in items', async () => {
    const reply = { id: 'r1', personId: 'p1' };
    const { client, fetchMock } = setup([json(200, [reply]), json(200, { items: [reply] })]);
    expect(await client.getReplies()).toEqual([reply]);
    expect(await client.getReplies()).toEqual([reply]);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://127.0.0.1:7071/api/replies');
  });

  it('dismisses a reply, reopens a person and reads the people counts', async () => {
    const { client, fetchMock } = setup([new Response(null, { status: 204 }), json(200, { id: 'p1' }), json(200, { all: 3 })]);

    expect(await client.dismissReply('r 1')).toBeUndefined();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://127.0.0.1:7071/api/replies/r%201/dismiss');
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('POST');
    await client.reopen('p1');
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://127.0.0.1:7071/api/people/p1/reopen');
    expect(await client.getPeopleCounts()).toEqual({ all: 3 });
    expect(fetchMock.mock.calls[2]?.[0]).toBe('http://127.0.0.1:7071/api/people/counts');
  });

  it('lists people with only the query parts given', async () => {
    const { client, fetchMock } = setup([json(200, { items: [], cursor: 'c2' }), json(200, { items: [], cursor: null })]);

    expect(await client.listPeople({ status: 'needsEmail', suggested: false, pageSize: 20 })).toEqual({ items: [], cursor: 'c2' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://127.0.0.1:7071/api/people?status=needsEmail&suggested=false&pageSize=20');
    await client.listPeople({ search: 'Zoë B', cursor: 'c2', status: undefined });
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://127.0.0.1:7071/api/people?search=Zo%C3%AB+B&cursor=c2');
  });

  it('sets the addresses with If-Match, and posts suggestion decisions', async () => {
    const { client, fetchMock } = setup([json(200, { id: 'p1' }), json(200, { id: 'p1' }), json(200, { id: 'p1' })]);

    await client.setEmails('p1', ['ada@example.com', 'ada@new.example'], 'W/"3"');
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('PATCH');
    expect(headerOf(fetchMock.mock.calls[0], 'If-Match')).toBe('W/"3"');
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ emails: ['ada@example.com', 'ada@new.example'] });

    await client.acceptSuggestion('p1', 'ada@found.example');
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://127.0.0.1:7071/api/people/p1/suggestions/accept');
    expect(fetchMock.mock.calls[1]?.[1]?.body).toBe('{"address":"ada@found.example"}');
    await client.rejectSuggestion('p1', 'ada@found.example');
    expect(fetchMock.mock.calls[2]?.[0]).toBe('http://127.0.0.1:7071/api/people/p1/suggestions/reject');
  });
});
