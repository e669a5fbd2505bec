import type { TFunction } from 'i18next';
import type { Person } from '../api/types';

export interface Prompt {
  id: string;
  text: string;
}

function parseDay(value: string | null | undefined): Date | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

function wholeYears(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  if (to.getUTCMonth() < from.getUTCMonth() || (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate())) {
    years -= 1;
  }
  return years;
}

/** Opening questions from what Outreach knows: an employer you share, a new role, years of silence, a connection anniversary, no mail yet. */
export function questionPrompts(person: Person, now: Date, t: TFunction): Prompt[] {
  const prompts: Prompt[] = [];
  // The most personal opener there is: a place you both know.
  const shared = person.sharedEmployers?.[0];
  if (shared) {
    prompts.push({ id: 'sharedEmployer', text: t('personView.promptSharedEmployer', { company: shared.company }) });
  }
  const change = [...person.careerHistory].sort((a, b) => b.seenOn.localeCompare(a.seenOn))[0];
  if (change && (change.toCompany || change.toPosition)) {
    prompts.push({
      id: 'newRole',
      text: change.toCompany
        ? t('personView.promptNewRole', { company: change.toCompany })
        : t('personView.promptNewPosition', { position: change.toPosition }),
    });
  }

  // Silence ends with whichever came last, a mail or a LinkedIn message.
  const last = parseDay([person.mailHistory.last, person.linkedInHistory?.last].filter(Boolean).sort().pop() ?? person.lastContact);
  if (last) {
    const years = wholeYears(last, now);
    if (years >= 1) {
      prompts.push({ id: 'silence', text: t('personView.promptSilence', { count: years }) });
    }
  } else if (person.connectedOn) {
    prompts.push({ id: 'neverWritten', text: t('personView.promptNeverWritten') });
  }

  const connected = parseDay(person.connectedOn);
  if (connected) {
    const years = wholeYears(connected, now);
    if (years >= 1 && connected.getUTCMonth() === now.getUTCMonth()) {
      prompts.push({ id: 'anniversary', text: t('personView.promptAnniversary', { count: years }) });
    }
  }
  return prompts;
}
