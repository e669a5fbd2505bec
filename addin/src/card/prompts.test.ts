import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { person } from '../test/fixtures';
import { questionPrompts } from './prompts';

describe('question prompts', () => {
  it('asks about a new role, years of silence and a connection anniversary (en)', async () => {
    const i18n = await createI18n('en');
    const prompts = questionPrompts(
      person({ mailHistory: { first: null, last: '2016-05-01T10:00:00+00:00', sent: 2, received: 1 } }),
      new Date(Date.UTC(2026, 2, 20)),
      i18n.t,
    );
    expect(prompts.map((prompt) => prompt.text)).toEqual([
      'How is the new role at Analytical Engines Ltd?',
      'It’s been 9 years — what happened since?',
      'We connected 7 years ago this month — how are things?',
    ]);
  });

  it('speaks German and notices when nobody ever wrote', async () => {
    const i18n = await createI18n('de');
    const prompts = questionPrompts(
      person({ careerHistory: [], lastContact: null, mailHistory: { first: null, last: null, sent: 0, received: 0 } }),
      new Date(Date.UTC(2026, 10, 26)),
      i18n.t,
    );
    expect(prompts.map((prompt) => prompt.text)).toEqual([
      'Wir sind vernetzt, haben aber nie geschrieben — woran arbeitest du gerade?',
    ]);
  });

  it('asks first about an employer you share, in English and German', async () => {
    const shared = person({ sharedEmployers: [{ company: 'FCB', from: '2015-03', to: '2018-06' }] });
    const now = new Date(Date.UTC(2026, 2, 20));
    expect(questionPrompts(shared, now, (await createI18n('en')).t)[0]).toEqual({
      id: 'sharedEmployer',
      text: 'You both worked at FCB: what do you remember of it?',
    });
    expect(questionPrompts(shared, now, (await createI18n('de')).t)[0]?.text).toBe(
      'Wir waren beide bei FCB: Woran erinnerst du dich dort?',
    );
  });

  it('counts the silence from the later of the last mail and the last LinkedIn message', async () => {
    const i18n = await createI18n('en');
    const prompts = questionPrompts(
      person({
        careerHistory: [],
        connectedOn: '2019-05-14',
        mailHistory: { first: null, last: '2016-05-01T10:00:00+00:00', sent: 2, received: 1 },
        linkedInHistory: { first: null, last: '2023-06-11T15:33:58Z', sent: 1, received: 1 },
      }),
      new Date(Date.UTC(2026, 2, 20)),
      i18n.t,
    );
    expect(prompts.map((prompt) => prompt.text)).toEqual(['It’s been 2 years — what happened since?']);
  });
});
