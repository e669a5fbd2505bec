import type { TFunction } from 'i18next';
import type { MailHistory, Person, SharedEmployer } from '../api/types';
import type { Formatters } from '../i18n/format';

const year = (month: string) => month.slice(0, 4);

/** Your time at a shared employer: "2015–2018", "2015", or "since 2015" while you are still there. */
function period({ from, to }: SharedEmployer, t: TFunction): string {
  if (!to) {
    return t('person.since', { year: year(from) });
  }
  return year(from) === year(to) ? year(from) : `${year(from)}–${year(to)}`;
}

/** What you and the person share, a line each: mail, LinkedIn messages (where any), employers. */
export function historyLines(person: Person, t: TFunction, f: Formatters): string[] {
  const exchange = (key: string, { last, sent, received }: MailHistory) =>
    t(key, { date: f.date(last ?? ''), sent: f.number(sent), received: f.number(received) });
  const linkedIn = person.linkedInHistory;
  return [
    person.mailHistory.last ? exchange('person.lastMail', person.mailHistory) : t('person.noMail'),
    ...(linkedIn?.last ? [exchange('person.lastLinkedIn', linkedIn)] : []),
    ...(person.sharedEmployers ?? []).map((employer) =>
      t('person.sharedEmployer', { company: employer.company, period: period(employer, t) }),
    ),
  ];
}
