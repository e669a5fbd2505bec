import type { Reply } from '../api/types';

export function reply(overrides: Partial<Reply> = {}): Reply {
  return {
    id: 'r1',
    personId: 'p1',
    firstName: 'Ada',
    lastName: 'Lovelace',
    messageId: 'AAMkAD=',
    receivedAt: '2026-11-20T08:00:00+00:00',
    subject: 'Re: Long time no see',
    channel: 'mail',
    answers: { messageId: 'sent-1', sentAt: '2026-11-18T08:00:00+00:00', subject: 'Long time no see' },
    hoursToReply: 48,
    outreachSentAt: '2026-11-18T08:00:00+00:00',
    waiting: 6,
    ...overrides,
  };
}
