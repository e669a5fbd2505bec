import { Body1, Button, Caption1, Subtitle1, Subtitle2, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { SettingsApi } from '../api/client';
import { ImportSection } from '../settings/ImportSection';
import { PlanSection, defaultPlanForm } from '../settings/PlanSection';
import { problemMessage } from '../shared/problems';
import { useLoader } from '../shared/useLoader';
import { firstRunStore } from './firstRun';
import { Notice } from '../shared/Notice';
import { useLazyTranslation } from '../i18n/lazy';
import { settingsStrings } from '../settings/strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  done: { ...shorthands.borderColor(tokens.colorPaletteGreenBorder2) },
  title: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', margin: 0 },
  tick: { color: tokens.colorPaletteGreenForeground1 },
});

/** The three steps and whether each is done; pure, so the pane's tests can state them. */
export function firstRunSteps(facts: { total: number; planSaved: boolean; mailboxConnected: boolean }) {
  return [
    { id: 'import', done: facts.total > 0 },
    { id: 'plan', done: facts.planSaved },
    { id: 'mailbox', done: facts.mailboxConnected },
  ] as const;
}

export interface FirstRunProps {
  api: SettingsApi;
  /** People in the network (Today's total): the import step is done once there are any. */
  total: number;
  /** The plan's today, for the default deadline a year from now. */
  today: string;
  /** Something changed that Today shows (people imported, a plan saved). */
  onChanged: () => void;
  /** All three steps are done. */
  onFinished: () => void;
}

/** An empty Today: import, set the goal, connect the mailbox — each right here, each ticking itself when done. */
export default function FirstRun({ api, total, today, onChanged, onFinished }: FirstRunProps) {
  const { t } = useLazyTranslation(settingsStrings);
  const styles = useStyles();
  const headingId = useId();
  const [planSaved, setPlanSaved] = useState(() => firstRunStore.get().planSaved);
  const mailbox = useLoader(() => api.getMailbox(), [api]);
  const [connecting, setConnecting] = useState(false);
  const [connectError, setConnectError] = useState<string | null>(null);
  const connected = mailbox.state.data?.connected ?? false;
  const steps = firstRunSteps({ total, planSaved, mailboxConnected: connected });
  const allDone = steps.every((step) => step.done);

  useEffect(() => {
    if (allDone) {
      onFinished();
    }
  }, [allDone, onFinished]);

  const connect = async () => {
    setConnecting(true);
    setConnectError(null);
    try {
      const state = await api.connectMailbox();
      mailbox.update(() => state);
    } catch (error) {
      setConnectError(problemMessage(error, t));
    } finally {
      setConnecting(false);
    }
  };

  const content = {
    import: <ImportSection api={api} bare onImported={onChanged} />,
    plan: (
      <PlanSection
        api={api}
        bare
        initial={defaultPlanForm(today)}
        onSaved={() => {
          firstRunStore.set('planSaved');
          setPlanSaved(true);
          onChanged();
        }}
      />
    ),
    mailbox: (
      <>
        <Button appearance="primary" disabled={connecting} onClick={() => void connect()}>
          {t('settings.mailboxConnect')}
        </Button>
        {connectError && (
          <Notice intent="error">{connectError}</Notice>
        )}
      </>
    ),
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="first-run">
      <Subtitle1 as="h2" id={headingId}>
        {t('firstRun.heading')}
      </Subtitle1>
      <Body1 as="p">{t('firstRun.intro')}</Body1>
      <ol className={styles.steps}>
        {steps.map((step, index) => (
          <li key={step.id} className={mergeClasses(styles.step, step.done && styles.done)} data-step={step.id} data-done={step.done}>
            <Subtitle2 as="h3" className={styles.title}>
              <span aria-hidden="true" className={step.done ? styles.tick : undefined}>
                {step.done ? '✓' : `${index + 1}.`}
              </span>
              {t(`firstRun.${step.id}`)}
            </Subtitle2>
            <Caption1>{step.done ? t('firstRun.done') : t(`firstRun.${step.id}Hint`)}</Caption1>
            {!step.done && content[step.id]}
          </li>
        ))}
      </ol>
    </section>
  );
}
