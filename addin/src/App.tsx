import { Caption1, FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { type ReactNode, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { OutreachApi, SettingsApi } from './api/client';
import type { MailActions } from './mail/MailActions';
import { type PeopleMemory, emptyPeopleMemory } from './people/memory';
import { Tabs } from './shared/Tabs';
import { TodayView } from './today/TodayView';
import { watchTheme } from './office/theme';
import { Loading } from './shared/Loading';
import { lazyView } from './shared/lazyView';
import { ViewLoadBoundary } from './shared/ViewLoadBoundary';

// Only Today is in the first download; every other view (and what only it uses) loads when opened.
const lazyViews = {
  PeopleView: lazyView(() => import('./people/PeopleView')),
  PersonPage: lazyView(() => import('./people/PersonPage')),
  PersonView: lazyView(() => import('./person/PersonView')),
  RepliesView: lazyView(() => import('./replies/RepliesView')),
  SettingsView: lazyView(() => import('./settings/SettingsView')),
  ReviewView: lazyView(() => import('./review/ReviewView')),
};

/** Fetches the other views once Today is up, so switching works even if the network goes away later. */
function useViewsFetchedAhead() {
  useEffect(() => {
    const timer = setTimeout(() => {
      for (const view of Object.values(lazyViews)) {
        view.load().catch(() => undefined);
      }
    }, 0);
    return () => clearTimeout(timer);
  }, []);
}

const useStyles = makeStyles({
  banner: { display: 'block', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  provider: { minHeight: '100vh' },
});

export interface AppProps {
  api: OutreachApi;
  i18n: I18n;
  /** The theme at start; the pane then follows Office's theme changes and the system's colour scheme. */
  dark: boolean;
  /** Set in the browser preview: the development user. */
  previewUser?: string | undefined;
  /** The Settings view's API; without it there is no Settings tab (and Today's first run only says what to do). */
  settingsApi?: SettingsApi | undefined;
  /** Wraps the views (e.g. the sign-in gate inside Office). */
  gate?: ((children: ReactNode) => ReactNode) | undefined;
  /** Write and open mail: Outlook's forms, or the sandbox in the preview. */
  mail?: MailActions | undefined;
}

function PreviewBanner({ user }: { user: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  // Inside a landmark, so screen-reader users find every part of the pane by region.
  return (
    <header>
      <Caption1 className={styles.banner}>{t('app.preview', { user })}</Caption1>
    </header>
  );
}

export type View = 'today' | 'people' | 'person' | 'replies' | 'review' | 'settings';

/** Where the pane is: a tab, or a person's page opened from People. */
type Place = { view: View } | { view: 'personPage'; personId: string; back: View };

function Navigation({ api, mail, settingsApi }: { api: OutreachApi; mail?: MailActions | undefined; settingsApi?: SettingsApi | undefined }) {
  const { t } = useTranslation();
  const [place, setPlace] = useState<Place>({ view: 'today' });
  const people = useRef<PeopleMemory>(emptyPeopleMemory());
  const tab = place.view === 'personPage' ? place.back : place.view;
  const open = (back: View) => (personId: string) => setPlace({ view: 'personPage', personId, back });
  const go = (view: View) => setPlace({ view });
  const [attempt, setAttempt] = useState(0);
  // A new lazy component per attempt: React keeps a failed one failed.
  const { PeopleView, PersonPage, PersonView, RepliesView, SettingsView, ReviewView } = useMemo(
    () => ({
      PeopleView: lazyViews.PeopleView.create(),
      PersonPage: lazyViews.PersonPage.create(),
      PersonView: lazyViews.PersonView.create(),
      RepliesView: lazyViews.RepliesView.create(),
      SettingsView: lazyViews.SettingsView.create(),
      ReviewView: lazyViews.ReviewView.create(),
    }),
    [attempt],
  );
  useViewsFetchedAhead();

  return (
    <>
      <nav aria-label={t('nav.label')}>
        <Tabs<View>
          label={t('nav.label')}
          selected={tab}
          onSelect={go}
          tabs={[
            { value: 'today', label: t('nav.today') },
            { value: 'people', label: t('nav.people') },
            { value: 'person', label: t('nav.person') },
            { value: 'replies', label: t('nav.replies') },
            { value: 'review', label: t('nav.review') },
            ...(settingsApi ? [{ value: 'settings' as const, label: t('settings.tab') }] : []),
          ]}
        />
      </nav>
      {place.view === 'today' && <TodayView api={api} mail={mail} settingsApi={settingsApi} />}
      <ViewLoadBoundary onRetry={() => setAttempt((n) => n + 1)}>
        <Suspense fallback={<Loading padded label={t('app.loadingView')} />}>
          {place.view === 'people' && (
            <PeopleView api={api} memory={people.current} onOpen={open('people')} />
          )}
          {place.view === 'personPage' && <PersonPage api={api} personId={place.personId} mail={mail} onBack={() => go(place.back)} />}
          {place.view === 'person' && <PersonView api={api} mail={mail} onFindPeople={() => go('people')} />}
          {place.view === 'replies' && <RepliesView api={api} mail={mail} />}
          {place.view === 'review' && <ReviewView api={api} onOpen={open('review')} />}
          {place.view === 'settings' && settingsApi && <SettingsView api={settingsApi} />}
        </Suspense>
      </ViewLoadBoundary>
    </>
  );
}

/** Light or dark, following Office's theme and the system's colour scheme while the pane is open. */
function useDark(initial: boolean): boolean {
  const [dark, setDark] = useState(initial);
  useEffect(() => setDark(initial), [initial]);
  useEffect(() => watchTheme(setDark), []);
  return dark;
}

/** The page around the pane takes the theme's background too: no white margin around a dark pane. */
function usePageBackground(dark: boolean): void {
  useEffect(() => {
    const theme = dark ? webDarkTheme : webLightTheme;
    const root = document.documentElement;
    root.style.colorScheme = dark ? 'dark' : 'light';
    root.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.color = theme.colorNeutralForeground1;
    document.body.style.margin = '0';
  }, [dark]);
}

/** The pane: Fluent's light or dark theme, the active language, tabs for Today, Person, Replies and Settings. */
export function App({ api, i18n, dark: initialDark, previewUser, settingsApi, gate, mail }: AppProps) {
  const styles = useStyles();
  const dark = useDark(initialDark);
  usePageBackground(dark);
  const views = <Navigation api={api} mail={mail} settingsApi={settingsApi} />;
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider
        theme={dark ? webDarkTheme : webLightTheme}
        lang={i18n.language}
        data-theme={dark ? 'dark' : 'light'}
        className={styles.provider}
      >
        {previewUser && <PreviewBanner user={previewUser} />}
        {gate ? gate(views) : views}
      </FluentProvider>
    </I18nextProvider>
  );
}
