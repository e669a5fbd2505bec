import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { SettingsApi } from '../api/client';
import type { Plan, PlanInput } from '../api/types';
import { browserToday } from './format';
import { fieldErrors, problemMessage } from '../shared/problems';
import { Notice } from '../shared/Notice';
import { Loading } from '../shared/Loading';
import { useLazyTranslation } from '../i18n/lazy';
import { settingsStrings } from './strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const orders = [
  ['longestSilence', 'settings.orderLongestSilence'],
  ['oldestConnection', 'settings.orderOldestConnection'],
  ['shuffled', 'settings.orderShuffled'],
  ['byName', 'settings.orderByName'],
] as const;

export interface PlanForm {
  everyone: boolean;
  count: string;
  deadline: string;
  weekdaysOnly: boolean;
  order: string;
  timeZone: string;
  /** The plan's first day: what was sent since counts as written (may lie in the past). */
  startedOn: string;
}

function toForm(plan: Plan): PlanForm {
  return {
    everyone: plan.target === null,
    count: plan.target === null ? '' : String(plan.target),
    deadline: plan.deadline,
    weekdaysOnly: plan.weekdaysOnly,
    order: plan.order,
    timeZone: plan.timeZone || browserTimeZone(),
    startedOn: plan.startedOn ?? '',
  };
}

/** The first run's sensible default: everyone within a year from `today`, on weekdays, longest silence first. */
export function defaultPlanForm(today: string): PlanForm {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const deadline = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
  return { everyone: true, count: '', deadline, weekdaysOnly: true, order: 'longestSilence', timeZone: browserTimeZone(), startedOn: today };
}

export interface PlanSectionProps {
  api: SettingsApi;
  /** Start from these values instead of the saved plan (the first run's default). */
  initial?: PlanForm | undefined;
  onSaved?: ((plan: Plan) => void) | undefined;
  /** Without its own heading (the first run's step has one). */
  bare?: boolean | undefined;
}

/** The goal: everyone or a number, deadline, the day it started, weekdays only, order, time zone. */
export function PlanSection({ api, initial, onSaved, bare }: PlanSectionProps) {
  const { t } = useLazyTranslation(settingsStrings);
  const styles = useStyles();
  const [form, setForm] = useState<PlanForm | null>(initial ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const savedStart = useRef(initial?.startedOn);

  // t changes with the language; switching it must not fetch the plan (and drop unsaved edits) again.
  const translate = useRef(t);
  translate.current = t;
  useEffect(() => {
    if (initial) {
      return;
    }
    let active = true;
    api.getPlan().then(
      (plan) => {
        if (!active) return;
        savedStart.current = plan.startedOn;
        setForm(toForm(plan));
      },
      (error: unknown) => {
        if (!active) return;
        setForm({ everyone: true, count: '', deadline: '', weekdaysOnly: true, order: 'longestSilence', timeZone: browserTimeZone(), startedOn: '' });
        setMessage({ intent: 'error', text: problemMessage(error, translate.current) });
      },
    );
    return () => {
      active = false;
    };
  }, [api]);

  if (!form) {
    return <Loading label={t('settings.loading')} />;
  }

  const update = (patch: Partial<PlanForm>) => setForm({ ...form, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setMessage(null);
    const input: PlanInput = {
      target: form.everyone ? null : Number(form.count),
      deadline: form.deadline,
      weekdaysOnly: form.weekdaysOnly,
      order: form.order,
      timeZone: form.timeZone,
      // Only a start the user moved: left out, the API keeps it (today for a new plan), and an API from before
      // the plan's start was settable does not refuse the plan for a member it does not know.
      ...(form.startedOn && form.startedOn !== savedStart.current ? { startedOn: form.startedOn } : {}),
    };
    try {
      const saved = await api.putPlan(input);
      savedStart.current = saved.startedOn;
      setForm(toForm(saved));
      onSaved?.(saved);
      setMessage({ intent: 'success', text: t('settings.planSaved') });
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) {
        setMessage({ intent: 'error', text: problemMessage(error, t) });
      }
    } finally {
      setSaving(false);
    }
  };

  const state = (name: string) =>
    errors[name] ? { validationState: 'error' as const, validationMessage: errors[name] } : {};

  return (
    <section>
      {!bare && <Subtitle2 as="h2">{t('settings.planHeading')}</Subtitle2>}
      <form onSubmit={(e) => void submit(e)} className={styles.form}>
        <Field label={t('settings.planTarget')} {...state('target')}>
          <RadioGroup
            value={form.everyone ? 'everyone' : 'number'}
            onChange={(_, data) => update({ everyone: data.value === 'everyone' })}
          >
            <Radio value="everyone" label={t('settings.planEveryone')} />
            <Radio value="number" label={t('settings.planNumber')} />
          </RadioGroup>
        </Field>
        {!form.everyone && (
          <Field label={t('settings.planCount')}>
            <Input type="number" min={1} value={form.count} onChange={(_, d) => update({ count: d.value })} />
          </Field>
        )}
        <Field label={t('settings.planDeadline')} {...state('deadline')}>
          <Input type="date" value={form.deadline} onChange={(_, d) => update({ deadline: d.value })} />
        </Field>
        <Field label={t('settings.planStartedOn')} hint={t('settings.planStartedOnHint')} {...state('startedOn')}>
          <Input type="date" max={browserToday()} value={form.startedOn} onChange={(_, d) => update({ startedOn: d.value })} />
        </Field>
        <Checkbox
          checked={form.weekdaysOnly}
          onChange={(_, d) => update({ weekdaysOnly: d.checked === true })}
          label={t('settings.planWeekdays')}
        />
        <Field label={t('settings.planOrder')} {...state('order')}>
          <Select value={form.order} onChange={(_, d) => update({ order: d.value })}>
            {orders.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('settings.planTimeZone')} {...state('timeZone')}>
          <Input value={form.timeZone} onChange={(_, d) => update({ timeZone: d.value })} />
        </Field>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? t('settings.saving') : t('settings.planSave')}
        </Button>
        {message && (
          <Notice intent={message.intent}>{message.text}</Notice>
        )}
      </form>
    </section>
  );
}
