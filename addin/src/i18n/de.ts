import type { Resources } from './en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const de: Strings<Resources> = {
  app: {
    title: 'Outreach',
    preview: 'Vorschau außerhalb von Outlook · {{user}}',
  },
  today: {
    heading: 'Heute',
    loading: 'Der heutige Plan wird geladen …',
    progressToday: '{{doneToday}} von {{dailyQuota}} heute geschrieben',
    progressTotal: '{{done}} von {{total}}',
    onPace: 'im Plan für den {{date}}',
    behindPace: 'hinter dem Plan: in diesem Tempo fertig am {{date}}',
    noPace: 'noch kein Tempo',
    perDay: '{{average}} pro Tag nötig',
    needsEmail_one: '{{formatted}} Person braucht eine E-Mail-Adresse',
    needsEmail_other: '{{formatted}} Personen brauchen eine E-Mail-Adresse',
    next: 'Als Nächstes',
    emptyTitle: 'Niemand zum Anschreiben',
    emptyNoNetwork: 'Ihr Netzwerk ist leer. Importieren Sie Ihre LinkedIn-Kontakte, um zu beginnen.',
    emptyAllDone: 'Alle Fälligen sind angeschrieben, übersprungen oder zurückgestellt. Schauen Sie morgen wieder vorbei.',
  },
  person: {
    unnamed: 'Kontakt ohne Namen',
    positionAtCompany: '{{position}} bei {{company}}',
    connectedSince: 'Vernetzt seit {{date}}',
    lastMail: 'Letzte Mail am {{date}} · {{sent}} gesendet, {{received}} empfangen',
    noMail: 'Noch keine Mails ausgetauscht',
    careerHeading: 'Berufliche Wechsel',
    careerChange: '{{date}}: {{from}} → {{to}}',
    unknownRole: 'unbekannt',
    notesHeading: 'Notizen',
    noEmail: 'Noch keine E-Mail-Adresse',
    profile: 'LinkedIn-Profil',
  },
  actions: {
    label: 'Aktionen für {{name}}',
    skip: 'Überspringen',
    snooze: 'Zurückstellen',
    snoozeUntil: 'Zurückstellen bis',
    writtenElsewhere: 'Anderswo geschrieben',
    working: 'Wird gespeichert …',
  },
  errors: {
    network: 'Outreach ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
    server: 'Bei Outreach ist ein Fehler aufgetreten.',
    unauthorized: 'Ihre Anmeldung ist abgelaufen oder wurde abgelehnt. Versuchen Sie es erneut, um sich neu anzumelden.',
    client: 'Das hat nicht geklappt.',
    status: 'HTTP {{status}}',
    retry: 'Erneut versuchen',
    dismiss: 'Schließen',
  },
};
