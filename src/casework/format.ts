import {
  BUSINESS_STAGE,
  WELFARE_LAW_AREA,
  type BusinessStage,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';
import { formatDate } from '../app/patientFacts';

export function areaLabel(area: WelfareLawArea): string {
  return WELFARE_LAW_AREA.codes[area];
}

export function stageLabel(stage: BusinessStage | undefined): string {
  return stage ? BUSINESS_STAGE.codes[stage] : 'Not set';
}

/** "27-Nov-2026" from any FHIR date or dateTime; "Not recorded" when missing. */
export function day(value: string | undefined): string {
  return value ? formatDate(value) : 'Not recorded';
}

/** "27-Nov-2026 14:05" (UK time) from a FHIR instant. */
export function dayTime(value: string | undefined): string {
  if (!value) {
    return 'Not recorded';
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) {
    return value;
  }
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  return `${formatDate(d.toLocaleDateString('sv-SE', { timeZone: 'Europe/London' }))} ${time}`;
}
