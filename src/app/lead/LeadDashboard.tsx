import type { ReactElement } from 'react';
import { useSearch } from 'wouter';
import { chosenRange } from '../../evaluation/dashboard/range';
import type { FhirGateway } from '../../fhir/gateway';
import { DashboardScreen } from './DashboardScreen';
import { RangeDashboardScreen } from './RangeDashboardScreen';

/** The dashboard for a period (?period=…) or a custom range of months (?from=…&to=…). */
export function LeadDashboard({ gateway, today }: { gateway: FhirGateway; today: Date }): ReactElement {
  const choice = chosenRange(useSearch());
  return choice.kind === 'none' ? (
    <DashboardScreen gateway={gateway} today={today} />
  ) : (
    <RangeDashboardScreen key={choice.kind} gateway={gateway} today={today} choice={choice} />
  );
}
