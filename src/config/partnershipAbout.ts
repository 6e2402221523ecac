import { ADVICE_MODE, WELFARE_LAW_AREA } from '../../fhir-profiles/src/terminology';
import type { PartnershipConfig } from './partnership';
import {
  ADMINISTRATIVE_INTEGRATION,
  APPROACH_TO_LINKING,
  CHARACTERISTIC,
  HEALTHCARE_SETTING,
  HEALTHCARE_SETTING_OPTION,
  JOINT_WORKING,
  LEGAL_ISSUES_OPTION,
  NATURE_OF_ASSISTANCE,
  TARGET_POPULATION,
} from './partnershipDesign';

/** One service characteristic of the guide's taxonomy, with the partnership's options in the guide's words. */
export interface DesignRow {
  readonly characteristic: string;
  readonly options: readonly string[];
}

/** The partnership described in the guide's taxonomy, in its order (the "About the partnership" page and report section). */
export function describeDesign(config: PartnershipConfig): DesignRow[] {
  const d = config.design;
  return [
    {
      characteristic: CHARACTERISTIC.targetPopulation,
      options: d.targetPopulation.map((t) => `${TARGET_POPULATION[t.option]}: ${t.description}`),
    },
    {
      characteristic: CHARACTERISTIC.healthcareSetting,
      options: [
        `${HEALTHCARE_SETTING_OPTION[d.healthcareSetting.option]}: ${d.healthcareSetting.settings
          .map((s) => HEALTHCARE_SETTING[s].toLowerCase())
          .join(', ')}`,
      ],
    },
    {
      characteristic: CHARACTERISTIC.legalIssues,
      options: [
        `${LEGAL_ISSUES_OPTION[d.legalIssues]}: ${config.areasCovered.map((a) => WELFARE_LAW_AREA.codes[a]).join(', ')}`,
      ],
    },
    {
      characteristic: CHARACTERISTIC.natureOfAssistance,
      options: d.natureOfAssistance.map((n) => NATURE_OF_ASSISTANCE[n]),
    },
    { characteristic: CHARACTERISTIC.modeOfDelivery, options: config.modesOffered.map((m) => ADVICE_MODE.codes[m]) },
    {
      characteristic: CHARACTERISTIC.approachToLinking,
      options: d.approachToLinking.map((a) => APPROACH_TO_LINKING[a]),
    },
    { characteristic: CHARACTERISTIC.jointWorking, options: [JOINT_WORKING[d.jointWorking]] },
    {
      characteristic: CHARACTERISTIC.administrativeIntegration,
      options: d.administrativeIntegration.map((a) => ADMINISTRATIVE_INTEGRATION[a]),
    },
  ];
}

export type FundingEntry = PartnershipConfig['funding'][number];

export interface PeriodFunding {
  /** Funding whose period overlaps the reporting period. */
  readonly entries: readonly FundingEntry[];
  /** Their sum in pounds, only when every one lies within the reporting period (else a per-£1 figure would mislead). */
  readonly total: number | undefined;
}

/** The partnership's funding for a reporting period (ISO dates, inclusive). */
export function fundingFor(config: PartnershipConfig, period: { start: string; end: string }): PeriodFunding {
  const entries = config.funding.filter((f) => f.period.start <= period.end && f.period.end >= period.start);
  const inside = entries.every((f) => f.period.start >= period.start && f.period.end <= period.end);
  const pence = entries.reduce((sum, f) => sum + Math.round(f.amount * 100), 0);
  return { entries, total: entries.length > 0 && inside ? pence / 100 : undefined };
}
