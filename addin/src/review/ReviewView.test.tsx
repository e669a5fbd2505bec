import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeApi, fakeApi, person, today } from '../test/fixtures';
import { renderApp, uninstallOffice } from '../test/office';
import { englishWeeksTable, review } from '../test/review';

async function openReview(name = 'Review') {
  await act(async () => {
    fireEvent.click(screen.getByRole('tab', { name }));
  });
  // The view's code loads on first use, which may take a while when the test runs alone.
  await screen.findByRole('heading', { name, level: 1 }, { timeout: 10_000 });
}

async function click(role: 'button' | 'checkbox', name: string) {
  await act(async () => {
    fireEvent.click(await screen.findByRole(role, { name }));
  });
}

function clipboard() {
  const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

const englishSummary = [
  '**My outreach balance, 5 Jan 2026 – 25 Jan 2026**',
  '',
  '- 412 written · 138 answered (33%) · median reply in 2 days',
  '- Silence bridged: 20 first mails ever, 100 under a year, 200 after 1 to 5 years, 92 after more than 5 years',
  '- Longest silence bridged: 12.3 years',
  '- 57 people no longer where I met them',
  '- Median 6.5 minutes per mail',
  '',
  ...englishWeeksTable,
].join('\n');

describe('Review view', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi();
    api.getToday.mockResolvedValue(today());
    api.getReview.mockResolvedValue(review());
  });

  afterEach(() => {
    uninstallOffice();
    vi.restoreAllMocks();
  });

  it('says the figures in words and gives the burn-up a text equivalent', async () => {
    await renderApp(api);
    await openReview();

    expect(await screen.findByText('412 written · 138 answered (33%) · median reply in 2 days')).toBeTruthy();
    expect(screen.getByText('By mail 400 · on LinkedIn 0 · elsewhere 12')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Burn-up over 3 weeks: 412 written by 25 Jan 2026, 360 planned.' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Weeks of the period' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[2]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['150', '250', '240']);
    expect(screen.getByText('57 people no longer where you met them')).toBeTruthy();
    expect(screen.getByText('Median 6.5 minutes per mail, from 40 mails')).toBeTruthy();
    expect(screen.getByText('Longest: 12.3 years, to Ada Lovelace')).toBeTruthy();
    expect(within(screen.getByText('Over 5 years').closest('li')!).getByText('92')).toBeTruthy();
  });

  it('shows the replies over the weeks as a chart with a summary and a table of the weeks', async () => {
    await renderApp(api);
    await openReview();

    expect(
      await screen.findByRole('img', { name: 'Replies over 3 weeks: 138 people answered; most in the week of 12 Jan 2026 (60).' }),
    ).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Replies by week' })).getAllByRole('row');
    expect(rows.slice(1).map((row) => row.textContent)).toEqual(['5 Jan 202640', '12 Jan 202660', '19 Jan 202638']);
  });

  it('says when no one has answered in any week', async () => {
    api.getReview.mockResolvedValue(
      review({ weeks: [{ weekStart: '2026-01-05', written: 3, cumulative: 3, planned: 5, replies: 0 }], replies: { people: 0, rate: 0, medianHoursToReply: null, awaitingAnswer: 0 } }),
    );
    await renderApp(api, undefined, 'de');
    await openReview('Bilanz');

    expect(await screen.findByRole('img', { name: 'Antworten über 1 Woche: noch hat niemand geantwortet.' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Verlauf über 1 Woche: 3 geschrieben bis 25. Jan. 2026, 5 geplant.' })).toBeTruthy();
  });

  it('opens the person a highlight names', async () => {
    api.getPerson.mockResolvedValue(person({ id: 'p2' }));
    await renderApp(api);
    await openReview();

    const highlight = (await screen.findByRole('button', { name: 'Grace Hopper' })).closest('li')!;
    expect(highlight.textContent).toBe('Grace Hopper answered first, on 6 Jan 2026.');
    await act(async () => {
      fireEvent.click(within(highlight).getByRole('button', { name: 'Grace Hopper' }));
    });
    await waitFor(() => expect(api.getPerson).toHaveBeenCalledWith('p2'));
  });

  it('says when the time per mail is not known yet and the median reply in hours under two days', async () => {
    api.getReview.mockResolvedValue(
      review({
        replies: { people: 1, rate: 1, medianHoursToReply: 5, awaitingAnswer: 0 },
        written: { total: 1, mail: 1, linkedIn: 0, elsewhere: 0 },
        timePerMail: { medianMinutes: null, mails: 0 },
      }),
    );
    await renderApp(api);
    await openReview();

    expect(await screen.findByText('1 written · 1 answered (100%) · median reply in 5 hours')).toBeTruthy();
    expect(screen.getByText(/Not known yet/)).toBeTruthy();
  });

  it('copies a Markdown summary without other people’s names', async () => {
    const writeText = clipboard();
    await renderApp(api);
    await openReview();

    await click('button', 'Copy as text');
    expect(writeText).toHaveBeenCalledWith(englishSummary);
    expect(writeText.mock.calls[0]![0]).not.toContain('Ada');
    expect(screen.getByText('Copied the summary.')).toBeTruthy();
  });

  it('copies the highlights with names when asked to include them', async () => {
    const writeText = clipboard();
    await renderApp(api);
    await openReview();

    await click('checkbox', 'Include names');
    await click('button', 'Copy as text');
    expect(writeText).toHaveBeenCalledWith(
      [
        '**My outreach balance, 5 Jan 2026 – 25 Jan 2026**',
        '',
        '- 412 written · 138 answered (33%) · median reply in 2 days',
        '- Silence bridged: 20 first mails ever, 100 under a year, 200 after 1 to 5 years, 92 after more than 5 years',
        '- 57 people no longer where I met them',
        '- Median 6.5 minutes per mail',
        '- Grace Hopper answered first, on 6 Jan 2026.',
        '- Your mail to Ada Lovelace bridged 12.3 years of silence.',
        '',
        ...englishWeeksTable,
      ].join('\n'),
    );
  });

  it('speaks German, in the view and in the copied summary', async () => {
    const writeText = clipboard();
    await renderApp(api, undefined, 'de');
    await openReview('Bilanz');

    expect(await screen.findByText('412 geschrieben · 138 geantwortet (33 %) · Antwort im Median nach 2 Tagen')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Verlauf über 3 Wochen: 412 geschrieben bis 25. Jan. 2026, 360 geplant.' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Wochen des Zeitraums' })).toBeTruthy();
    await click('button', 'Als Text kopieren');
    expect(writeText.mock.calls[0]![0]).toContain('**Meine Bilanz der Kontaktaufnahme, 5. Jan. 2026 – 25. Jan. 2026**');
    expect(writeText.mock.calls[0]![0]).toContain('- Im Median 6,5 Minuten pro Mail');
  });

  it('saves the card as a PNG that shows the headline in the pane’s language and no names', async () => {
    const drawn: string[] = [];
    const context = new Proxy({ measureText: (value: string) => ({ width: value.length * 8 }), fillText: (value: string) => drawn.push(value) }, {
      get: (target, key) => (key in target ? target[key as keyof typeof target] : () => undefined),
      set: () => true,
    });
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) => done(new Blob(['png'], { type: 'image/png' })));
    const createObjectURL = vi.fn(() => 'blob:review');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await renderApp(api, undefined, 'de');
    await openReview('Bilanz');

    await click('button', 'Als Bild speichern');

    await waitFor(() => expect(saved).toEqual(['outreach-review-2026-01-25.png']));
    // Intl puts a no-break space before the per cent sign.
    expect(drawn.join(' ').replace(/\s+/g, ' ')).toContain('412 geschrieben · 138 geantwortet (33 %) · Antwort im Median nach 2 Tagen');
    expect(drawn.join(' ')).not.toContain('Ada');
  });
});
