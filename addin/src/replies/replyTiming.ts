import type { TFunction } from 'i18next';
import type { Reply } from '../api/types';
import type { Formatters } from '../i18n/format';

/** How long an answer took, in the largest unit that fits: "within an hour", "5 hours", "3 days". */
export function durationText(hours: number, t: TFunction, f: Formatters): string {
  if (hours < 1) {
    return t('replies.withinHour');
  }
  if (hours < 48) {
    const count = Math.round(hours);
    return t('replies.hours', { count, formatted: f.number(count) });
  }
  const count = Math.round(hours / 24);
  return t('replies.days', { count, formatted: f.number(count) });
}

/** The lines under a reply: when it came (and how fast), and the mail of yours it answers. */
export function replyTiming(reply: Reply, t: TFunction, f: Formatters): string[] {
  const received = t('replies.received', { date: f.date(reply.receivedAt) });
  const lines = [
    typeof reply.hoursToReply === 'number'
      ? t('replies.receivedAfter', { received, duration: durationText(reply.hoursToReply, t, f) })
      : received,
  ];
  if (reply.answers) {
    lines.push(
      reply.answers.subject
        ? t('replies.answers', { date: f.date(reply.answers.sentAt), subject: reply.answers.subject })
        : // On LinkedIn it answers your message (`answersNoSubject_linkedIn`), and no subject is kept.
          t('replies.answersNoSubject', { date: f.date(reply.answers.sentAt), context: reply.channel ?? '' }),
    );
  }
  return lines;
}
