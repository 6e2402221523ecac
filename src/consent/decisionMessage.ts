import { dateInText } from '../domain/dates';
import type { DecisionPlan, OpenReferralConsent } from './decisionPlan';

function sentOn(open: OpenReferralConsent): string {
  const days = open.sentOn.map((d) => dateInText(d));
  if (days.length <= 1) {
    return `the referral sent on ${days[0] ?? 'an unknown date'}`;
  }
  return `the referrals sent on ${days.slice(0, -1).join(', ')} and ${days.at(-1) ?? ''}`;
}

/** The question asked after a refusal while a referral is open. */
export function withdrawQuestion(open: OpenReferralConsent): string {
  return `Does this also withdraw the consent for ${sentOn(open)}?`;
}

/** What the clinician is told after a refusal is saved: exactly what was shared or withdrawn. */
export function refusalSaved(
  plan: DecisionPlan,
  open: OpenReferralConsent | undefined,
  adviceOrg: string,
): { title: string; message: string } {
  const first = `The patient’s decision has been saved: they do not agree to this referral, and nothing about it was shared with ${adviceOrg}.`;
  if (plan.withdrawal) {
    return {
      title: 'Decision saved and consent withdrawn',
      message: `${first} Their consent for ${sentOn(plan.withdrawal.ends)} has been withdrawn: ${adviceOrg} can no longer see its screening answers, contact details or medical evidence, and can only close that case.`,
    };
  }
  return {
    title: 'The referral cannot be sent',
    message: open
      ? `${first} Their consent for ${sentOn(open)} is unchanged: ${adviceOrg} can still work on it.`
      : first,
  };
}
