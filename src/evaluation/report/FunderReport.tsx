import type { ReactElement, ReactNode } from 'react';
import { TableHead } from '../../ui/TableHead';
import type { PartnershipConfig } from '../../config/partnership';
import { fundingFor } from '../../config/partnershipAbout';
import { dateInText, dateTimeInText, money } from '../../domain/dates';
import { describeGainRule } from '../../domain/financial-gain';
import { paragraphsOf } from '../../domain/narrativeText';
import { MEASURE_TITLES } from '../measures';
import type { Period } from '../periods';
import type { SUPPRESSED, SuppressionRule } from '../suppression';
import { Amount, Count, CountTable, countText, daysText } from './Counts';
import type { ReportFigures, StrataTable } from './figures';
import { sectionTitle, type NarrativeSection, type NarrativeTexts } from './narrative';
import { FundingTable, PartnershipDesign } from './PartnershipDesign';
import {
  AssistanceTables,
  BeforeAfterTable,
  ClosureAndAssistanceMethods,
  ClosureTable,
} from './ClosureAndAssistanceTables';

/**
 * The funder report for one period: a document to print or save as PDF (report.scss: A4, page
 * numbers, no app chrome). Every count has been through the partnership's small-number rule
 * (figures.ts); the lead's narrative sits at the start of each section.
 */
export interface FunderReportProps {
  readonly partnership: PartnershipConfig;
  readonly period: Period;
  readonly figures: ReportFigures;
  readonly narrative: NarrativeTexts;
  /** The case studies (composed in src/app from the case-study feature). */
  readonly caseStudies: ReactNode;
}

function Narrative({ text }: { text: string | undefined }): ReactElement | null {
  const paragraphs = paragraphsOf(text ?? '');
  if (paragraphs.length === 0) {
    return null;
  }
  return (
    <div className="app-report-narrative">
      {paragraphs.map((p, i) => (
        <p key={i} className="nhsuk-body">
          {p}
        </p>
      ))}
    </div>
  );
}

function Section({
  id,
  narrative,
  children,
}: {
  id: NarrativeSection;
  narrative: NarrativeTexts;
  children: ReactNode;
}): ReactElement {
  return (
    <section className="app-report-section" aria-labelledby={`report-${id}`} data-testid={`report-section-${id}`}>
      <h2 id={`report-${id}`} className="nhsuk-heading-l">
        {sectionTitle(id)}
      </h2>
      <Narrative text={narrative[id]} />
      {children}
    </section>
  );
}

function Strata({ table }: { table: StrataTable }): ReactElement {
  return <CountTable caption={table.title} rows={table.rows} label="Group" />;
}

export function suppressionInWords(rule: SuppressionRule): string {
  return (
    `Counts from 1 to ${String(rule.threshold)} are shown as “*”, other counts are rounded to the nearest ` +
    `${String(rule.rounding)}, and further cells are hidden wherever a hidden count could be worked out from a total. ` +
    'Zero is shown as 0. Money amounts are hidden when the clients behind them are too few to show.'
  );
}

function perPound(total: number | typeof SUPPRESSED | undefined, funding: number | undefined): string | undefined {
  if (typeof total !== 'number' || funding === undefined || funding <= 0) {
    return undefined;
  }
  return money(total / funding);
}

export function FunderReport({
  partnership,
  period,
  figures,
  narrative,
  caseStudies,
}: FunderReportProps): ReactElement {
  const rule = partnership.evaluation.suppression;
  const funding = fundingFor(partnership, period);
  const totalGain = figures.gains.find((g) => g.kind === 'total')?.amount;
  const gainPerPound = perPound(totalGain, funding.total);
  const target = partnership.targets.firstContactDays;
  const contact = figures.firstContact;
  const more = figures.closureAndAssistance;
  return (
    <article className="app-report" data-testid="funder-report">
      <p className="nhsuk-body-l">
        {partnership.name}: {dateInText(period.start)} to {dateInText(period.end)}.
      </p>
      <p className="nhsuk-body-s" data-testid="figures-as-of">
        {figures.computedAt
          ? `Figures as of ${dateTimeInText(figures.computedAt)}.`
          : 'No figures yet: the evaluation has not run for this period.'}{' '}
        “*” means a count from 1 to {rule.threshold}, hidden to protect the people behind it.
      </p>

      <Section id="about" narrative={narrative}>
        <p className="nhsuk-body">
          {partnership.adviceOrganisation.display} gives welfare rights advice to patients referred from NHS care
          through HJP Link. In the terms of the Health Justice Partnership implementation guide’s taxonomy of design
          options:
        </p>
        <PartnershipDesign partnership={partnership} />
        <FundingTable partnership={partnership} period={period} />
        <p className="nhsuk-body">
          Target time from referral to first contact: {target} {target === 1 ? 'day' : 'days'}.
        </p>
        <p className="nhsuk-body">Target time from referral to closure: {partnership.targets.closureDays} days.</p>
      </Section>

      <Section id="activity" narrative={narrative}>
        <CountTable caption={MEASURE_TITLES.funnel} rows={figures.funnel} label="Stage" />
        {figures.activity.map((t) => (
          <Strata key={t.stratifier} table={t} />
        ))}
        <table className="nhsuk-table app-report-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            {MEASURE_TITLES['time-to-first-contact']}
          </caption>
          <tbody className="nhsuk-table__body">
            <tr className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header app-report-rowhead">
                Referrals with a first contact
              </th>
              <Count count={contact.contacted} />
            </tr>
            <tr className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header app-report-rowhead">
                Of these, contacted within {target} days
              </th>
              <Count count={contact.withinTarget} />
            </tr>
            <tr className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header app-report-rowhead">
                Median time to first contact
              </th>
              <td className="nhsuk-table__cell app-report-num">{daysText(contact.medianDays)}</td>
            </tr>
            <tr className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header app-report-rowhead">
                90th percentile
              </th>
              <td className="nhsuk-table__cell app-report-num">{daysText(contact.p90Days)}</td>
            </tr>
          </tbody>
        </table>
        <ClosureTable closure={more.closure} target={partnership.targets.closureDays} />
        <AssistanceTables assistance={more.assistance} />
      </Section>

      <Section id="outcomes" narrative={narrative}>
        <table className="nhsuk-table app-report-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{MEASURE_TITLES['financial-gain']}</caption>
          <TableHead columns={['Kind of gain', 'Clients', 'Amount']} numericFrom={1} numericClass="app-report-num" />
          <tbody className="nhsuk-table__body">
            {figures.gains.map((g) => (
              <tr key={g.kind} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header app-report-rowhead">
                  {g.label}
                </th>
                <Count count={g.clients} />
                <Amount pounds={g.amount} />
              </tr>
            ))}
          </tbody>
        </table>
        <p className="nhsuk-body" data-testid="gain-per-pound">
          {gainPerPound
            ? `Gross financial gain per £1 of the partnership’s funding in this period: ${gainPerPound} (gross, with no comparison group).`
            : 'Gross financial gain per £1 of funding is not given: the total gain is hidden or not reported, or the funding recorded does not fall within this period.'}
        </p>
      </Section>

      <Section id="equity" narrative={narrative}>
        {figures.equity.map((t) => (
          <Strata key={t.stratifier} table={t} />
        ))}
      </Section>

      <Section id="before-after" narrative={narrative}>
        <table className="nhsuk-table app-report-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            {MEASURE_TITLES['health-service-use']} (referrals counted: {countText(figures.healthUse.referrals)})
          </caption>
          <TableHead
            columns={['Service', 'Before referral', 'After referral']}
            numericFrom={1}
            numericClass="app-report-num"
          />
          <tbody className="nhsuk-table__body">
            {figures.healthUse.rows.map((r) => (
              <tr key={r.label} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header app-report-rowhead">
                  {r.label}
                </th>
                <Count count={r.before} />
                <Count count={r.after} />
              </tr>
            ))}
          </tbody>
        </table>
        <BeforeAfterTable beforeAfter={more.beforeAfter} />
      </Section>

      <Section id="case-studies" narrative={narrative}>
        {caseStudies}
      </Section>

      <Section id="methods" narrative={narrative}>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>
            <strong>Annualisation:</strong>{' '}
            {describeGainRule({ weeksPerYear: partnership.evaluation.annualisation.weeksPerYear })}
          </li>
          <li>
            <strong>Gross, not net:</strong> gains are what clients were awarded or relieved of; there is no comparison
            group, so the report cannot say how much would have happened without the partnership.
          </li>
          <li>
            <strong>Small numbers:</strong> {suppressionInWords(rule)}
          </li>
          <li>
            <strong>Periods:</strong> referrals are counted by the date they were made, gains by the day the case
            closed, in UK financial years (April to March).
          </li>
          <ClosureAndAssistanceMethods />
          {figures.missing.length > 0 && (
            <li data-testid="missing-measures">
              <strong>Not yet computed for this period:</strong>{' '}
              {figures.missing.map((m) => MEASURE_TITLES[m].toLowerCase()).join('; ')}.
            </li>
          )}
        </ul>
        <CountTable caption={MEASURE_TITLES['data-completeness']} rows={figures.completeness} />
      </Section>
    </article>
  );
}
