import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LeadRoutes } from '../../src/app/lead/LeadRoutes';
import { putMeasureReport } from '../../src/evaluation/job/report-writer';
import type { FhirGateway } from '../../src/fhir/gateway';
import { startEvaluationSandbox, type EvaluationSandbox } from '../support/evaluation';
import { partnershipMonths, partnershipYear } from '../support/syntheticReports';
import { renderAt, sandboxSession } from './render';

// The lead's dashboard against the in-process sandbox with a real lead token, on exact
// MeasureReports of a made-up partnership big enough for most figures to be shown.
let env: EvaluationSandbox;
beforeAll(async () => {
  env = await startEvaluationSandbox();
  const token = await env.adminToken();
  for (const report of [...partnershipYear(), ...partnershipMonths()]) {
    await putMeasureReport(env.sandbox.urls.fhirBase, token, report);
  }
});
afterEach(() => {
  cleanup();
});
afterAll(async () => {
  await env.close();
});

async function leadScreen(path: string, shown = 'dashboard'): Promise<{ searches: string[]; location: () => string }> {
  const session = await sandboxSession(env.sandbox, { user: 'lead', profile: 'lead' });
  const searches: string[] = [];
  const gateway: FhirGateway = {
    ...session.gateway,
    search: (type, params) => {
      searches.push(type);
      return session.gateway.search(type, params);
    },
    page: (url) => {
      searches.push(url);
      return session.gateway.page(url);
    },
  };
  const view = renderAt(path, <LeadRoutes session={{ ...session, gateway }} />);
  await screen.findByTestId(shown);
  return { searches, location: view.location };
}

const text = (id: string): string => screen.getByTestId(id).textContent;

describe('the lead’s dashboard', () => {
  it('shows the year’s headline figures through the small-number rule, from one search', async () => {
    const { searches } = await leadScreen('/dashboard?period=FY2026-27');
    expect(searches).toEqual(['MeasureReport']);
    expect(document.title).toBe('Partnership dashboard – Financial year 2026 to 2027 – HJP Link');
    expect(document.activeElement?.tagName).toBe('H1');
    // Exact 236, 221, 301 → rounded to 5; the gain total is a sum of money, not a count.
    expect(
      ['referrals-sent', 'people-referred', 'issues-referred', 'total-gain', 'median-days'].map((k) =>
        text(`headline-${k}`),
      ),
    ).toEqual(['235', '220', '300', '£373,500.50', '4 days']);
    expect(text('figures-as-of')).toMatch(/30 November 2026/);
  });

  it('states each chart’s finding, hides small counts, and gives the same figures as a table and a CSV', async () => {
    await leadScreen('/dashboard?period=FY2026-27');
    expect(text('title-by-area')).toBe('Most referrals were about benefits and income');
    expect(text('title-funnel')).toBe('180 of 235 referrals reached first contact');
    const chart = screen.getByTestId('chart-by-area');
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.textContent).toMatch(/Immigration\* hidden \(1 to 7\)/);
    fireEvent.click(screen.getByTestId('toggle-by-area'));
    const table = screen.getByTestId('table-by-area');
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Area of law', 'Referrals'],
      ['Benefits and income', '150'],
      ['Debt', '70'],
      ['Housing', '55'],
      ['Immigration', '*'],
    ]);
    expect(
      within(table)
        .getAllByRole('cell')
        .every((c) => c.className.includes('nhsuk-table__cell--numeric')),
    ).toBe(true);
    const href = screen.getByTestId('csv-by-area').getAttribute('href') ?? '';
    expect(decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''))).toBe(
      rows.map((r) => r.join(',')).join('\r\n') + '\r\n',
    );
    // Every chart has its table and CSV.
    const figures = screen.getAllByTestId(/^figure-/);
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) {
      expect(within(figure).getByText('Download CSV')).toBeTruthy();
    }
    expect(screen.getAllByTestId(/^toggle-/)).toHaveLength(figures.length);
  });

  it('gives gains with totals and per client, hides a gain whose clients are few, and says funding is not configured', async () => {
    await leadScreen('/dashboard?period=FY2026-27');
    fireEvent.click(screen.getByTestId('toggle-financial-gain'));
    const rows = within(screen.getByTestId('table-financial-gain'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Recurring (a year of awards)', '£312,000.00', '60', 'about £5,200.00'],
      ['Arrears and backdated payments', '£41,000.50', '25', 'about £1,640.02'],
      ['One-off payments and grants', '*', '*', '*'],
      ['Debt written off', '£18,000.00', '10', 'about £1,800.00'],
      ['Debt managed', '£0.00', '0', '£0.00'],
      ['Total', '£373,500.50', '70', 'about £5,335.72'],
    ]);
    // The shipped configuration funds FY2026-27 with £75,000 (two grants inside the year).
    expect(text('value-per-pound')).toMatch(/^£4\.98 gross financial gain for clients per £1 of funding \(£75,000/);
    expect(text('summary-timeliness')).toMatch(/within the target: 135 \(75%\)/);
    expect(text('research-extract')).toMatch(/not available here/);
    const csv = decodeURIComponent(
      (screen.getByTestId('download-period-csv').getAttribute('href') ?? '').replace(
        /^data:text\/csv;charset=utf-8,/,
        '',
      ),
    );
    expect(csv.split('\n')[0]).toBe(
      'measure,period_start,period_end,group,stratifier,stratum,population,count,score,unit,suppression',
    );
    expect(csv).toMatch(/hjp-funnel,2026-04-01,2027-03-31,funnel,,,referrals-sent,235,/);
    expect(csv).not.toMatch(/,236,|,221,|,301,/); // no exact count leaves
  });

  it('gives time to closure against its target, assistance and sessions, and before and after with how many had both', async () => {
    const { searches } = await leadScreen('/dashboard?period=FY2026-27');
    expect(searches).toEqual(['MeasureReport']);
    expect(text('title-time-to-closure')).toBe('80% of cases were closed within the partnership’s target of 90 days');
    expect(text('title-timeliness')).toBe('75% of clients were contacted within the partnership’s target');
    expect(text('title-assistance-level')).toBe('Most closed cases were given advice with casework');
    expect(text('title-advice-sessions')).toBe('Closed cases had a median of 3 sessions of advice');
    expect(text('title-before-after-pairs')).toBe(
      '65 of 150 clients who answered financial strain at intake answered again at closing',
    );
    expect(text('title-before-after-change')).toBe(
      '40 of 65 clients with both answers had less financial strain at closing',
    );
    fireEvent.click(screen.getByTestId('toggle-before-after-change'));
    const rows = within(screen.getByTestId('table-before-after-change'))
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(rows.slice(0, 2)).toEqual([
      ['Measure', 'Improved', 'The same', 'Worse', 'With both'],
      ['Financial strain (how hard it is to pay for the basics)', '40', '*', '*', '65'],
    ]);
    const csv = decodeURIComponent(
      (screen.getByTestId('csv-before-after-change').getAttribute('href') ?? '').replace(
        /^data:text\/csv;charset=utf-8,/,
        '',
      ),
    );
    expect(csv).toBe(rows.map((r) => r.join(',')).join('\r\n') + '\r\n');
    const section = screen.getByTestId('dashboard').textContent;
    expect(section).not.toMatch(/not reported by the evaluation engine yet\. Advice|does not report them yet/);
  });

  it('puts the chosen quarter in the URL and shows its figures', async () => {
    const { location } = await leadScreen('/dashboard?period=FY2026-27');
    expect(text('title-over-time')).toBe(
      'Most referrals in this period were sent in Q3 2026 to 2027 (October to December 2026)',
    );
    fireEvent.change(screen.getByTestId('period-within'), { target: { value: 'FY2026-27-Q2' } });
    fireEvent.click(screen.getByTestId('period-apply'));
    await waitFor(() => {
      expect(location()).toBe('/dashboard?period=FY2026-27-Q2');
    });
    await waitFor(() => {
      expect(text('headline-referrals-sent')).toBe('60');
    });
    expect(text('headline-total-gain')).toBe('Not reported');
  });
});

const rowsOf = (id: string): (string | null)[][] => {
  fireEvent.click(screen.getByTestId(`toggle-${id}`));
  return within(screen.getByTestId(`table-${id}`))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent));
};

describe('the lead’s dashboard for a custom range of months', () => {
  it('adds up the months’ exact counts, then hides and rounds the sum, from one search', async () => {
    const { searches } = await leadScreen('/dashboard?from=2026-04&to=2026-05');
    expect(searches).toEqual(['MeasureReport']);
    expect(document.title).toBe('Partnership dashboard – April 2026 to May 2026 – HJP Link');
    // 3 in April and 6 in May are each hidden; 9 in the range is shown, rounded to 10.
    expect(text('headline-referrals-sent')).toBe('10');
    expect(rowsOf('over-time').map((r) => r.slice(0, 2))).toEqual([
      ['April 2026', '*'],
      ['May 2026', '*'],
    ]);
    // People and medians do not add up: said so, with the whole periods that have them.
    expect(text('headline-people-referred')).toBe('Not for a custom range');
    expect(text('headline-median-days')).toBe('Not for a custom range');
    // Gains add up (£10,400.50 + £2,100): April alone had 9 clients, so the range has at least 9.
    expect(text('headline-total-gain')).toBe('£12,500.50');
    expect(text('range-not-added')).toMatch(
      /^Not shown for a custom range: people referred; clients with gain; the scores that do not add up .* days to first contact\./,
    );
    expect(
      within(screen.getByTestId('nearest-periods'))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Q1 2026 to 2027 (April to June 2026)']);
    expect(text('range-caveat')).toMatch(/two overlapping ranges .* could be subtracted/);
    expect(screen.queryByTestId('range-gaps')).toBeNull();
    expect(text('lead-links')).toMatch(/not the custom range/);
    const link = screen.getByTestId('download-period-csv');
    expect(link.getAttribute('download')).toBe('hjp-figures-2026-04-to-2026-05.csv');
    const csv = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv).toMatch(/hjp-funnel,2026-04-01,2026-05-31,funnel,,,referrals-sent,10,/);
    expect(csv).not.toMatch(/,[1-7],/);
  });

  it('is chosen with the two month lists, kept in the URL, and a reversed range is refused plainly', async () => {
    const { location } = await leadScreen('/dashboard?period=FY2026-27');
    fireEvent.change(screen.getByLabelText('From (first month)'), { target: { value: '2026-06' } });
    fireEvent.change(screen.getByLabelText('To (last month)'), { target: { value: '2026-04' } });
    fireEvent.click(screen.getByTestId('range-apply'));
    expect(screen.getByText(/The last month must be the same as the first month or after it/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('To (last month)'));
    expect(screen.getByLabelText('To (last month)').getAttribute('aria-describedby')).toMatch(/-error$/);
    expect(location()).toBe('/dashboard?period=FY2026-27');
    fireEvent.change(screen.getByLabelText('From (first month)'), { target: { value: '2026-04' } });
    fireEvent.change(screen.getByLabelText('To (last month)'), { target: { value: '2026-06' } });
    fireEvent.click(screen.getByTestId('range-apply'));
    await waitFor(() => {
      expect(location()).toBe('/dashboard?from=2026-04&to=2026-06');
    });
    // The months add up to the quarter's own figure (50).
    await waitFor(() => {
      expect(text('headline-referrals-sent')).toBe('50');
    });
    expect(text('summary-timeliness')).toMatch(/Referrals with a first contact: 35; within the target: 30/);
  });

  it('names the months with no figures', async () => {
    await leadScreen('/dashboard?from=2026-03&to=2026-04');
    expect(text('range-gaps')).toMatch(
      /from screening to outcome: March 2026; days from referral to first contact: March 2026/,
    );
    expect(text('headline-referrals-sent')).toBe('*');
  });

  it('says plainly when the range in the URL is not one', async () => {
    await leadScreen('/dashboard?from=2023-01&to=2026-06', 'problem');
    expect(text('problem')).toMatch(/Choose a range of 36 months \(3 years\) or less/);
  });

  it('cannot add up a month stored already suppressed: says so and offers the whole periods', async () => {
    await leadScreen('/dashboard?from=2025-10&to=2025-11', 'range-blocked');
    expect(text('range-blocked')).toMatch(/October 2025 are stored already rounded/);
    expect(
      within(screen.getByTestId('nearest-periods'))
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/dashboard?period=FY2025-26-Q3']);
    expect(screen.queryByTestId('dashboard')).toBeNull();
  });
});
