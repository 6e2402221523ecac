import type { ReactElement, ReactNode } from 'react';
import type { Consent, QuestionnaireItem, QuestionnaireResponseItem } from 'fhir/r4';
import { ADVICE_MODE, URGENT_REASON, WELFARE_QUESTIONNAIRE } from '../../fhir-profiles/src/terminology';
import { PatientContact } from './PatientContact';
import type { Referrer } from './referrer';
import { patientFacts } from '../domain/patient';
import { dateInText } from '../domain/dates';
import { areaLabel } from '../domain/labels';
import { contactPreferencesText, inpatientWard, readReferral } from '../domain/referralRead';
import { referralReference } from '../domain/caseRef';
import type { CaseRecord } from './caseRecord';

function Row({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

const CONSENT_STATE: Partial<Record<Consent['status'], string>> = {
  active: 'given',
  inactive: 'withdrawn',
  rejected: 'refused',
};

/** linkId → question text, from the checklist Questionnaire (nested groups included). */
function questionTexts(
  items: readonly QuestionnaireItem[] | undefined,
  into: Record<string, string> = {},
): Record<string, string> {
  for (const item of items ?? []) {
    if (item.text) {
      into[item.linkId] = item.text;
    }
    questionTexts(item.item, into);
  }
  return into;
}

function answers(
  items: readonly QuestionnaireResponseItem[] | undefined,
  texts: Readonly<Record<string, string>>,
): { linkId: string; text: string; answer: string }[] {
  return (items ?? []).flatMap((item) => [
    ...(item.answer?.length
      ? [
          {
            linkId: item.linkId,
            // The answer's own copy of the question, else the Questionnaire's: never the internal id.
            text: item.text ?? texts[item.linkId] ?? 'Question text not available',
            answer: item.answer
              .map(
                (a) =>
                  a.valueCoding?.display ??
                  a.valueCoding?.code ??
                  a.valueString ??
                  a.valueDate ??
                  String(a.valueBoolean ?? a.valueInteger ?? ''),
              )
              .join(', '),
          },
        ]
      : []),
    ...answers(item.item, texts),
  ]);
}

/** "Dr Anjali Mehta, General practitioner, Northbrook Medical Practice · Phone 0113 …": never a bare reference. */
function ReferrerText({
  referrer,
  fallback,
}: {
  referrer: Referrer | undefined;
  fallback: string | undefined;
}): ReactElement {
  if (!referrer) {
    return <span data-testid="referrer">{fallback ?? 'Not recorded'}</span>;
  }
  return (
    <span data-testid="referrer">
      {[referrer.name, referrer.role, referrer.organisation].filter(Boolean).join(', ')}
      {referrer.contact.map((c) => (
        <span key={c.value} className="nhsuk-u-display-block">
          {c.kind}
          {c.of ? ` (${c.of})` : ''}: {c.value}
        </span>
      ))}
    </span>
  );
}

/** The referral, the patient, consents and — only where consent allows — screening and conditions. */
export function CaseDetails({ record }: { record: CaseRecord }): ReactElement {
  const referral = record.referral;
  const facts = record.patient ? patientFacts(record.patient, new Date()) : undefined;
  const read = readReferral(referral);
  const urgent = read.urgentReasons.map((r) => URGENT_REASON.codes[r]);
  const texts = questionTexts(record.questionnaires[WELFARE_QUESTIONNAIRE.url]?.item);
  return (
    <>
      <h2>Referral</h2>
      <dl className="nhsuk-summary-list" data-testid="referral-details">
        <Row label="Patient">
          {facts
            ? `${facts.name}, NHS number ${facts.nhsNumber ?? 'not recorded'}, born ${facts.birthDate ?? 'not recorded'}`
            : 'Not available'}
        </Row>
        <Row label="Reference">
          <span data-testid="case-reference">{referralReference(referral) ?? 'Not recorded'}</span>
        </Row>
        <Row label="Areas of law">{read.areas.map(areaLabel).join(', ') || 'Not recorded'}</Row>
        <Row label="Urgency">
          {read.priority === 'urgent' ? `Urgent${urgent.length ? `: ${urgent.join('; ')}` : ''}` : 'Routine'}
        </Row>
        <Row label="Referred by">
          <ReferrerText referrer={record.referrer} fallback={referral?.requester?.display} />
          <span className="nhsuk-u-display-block">On {dateInText(referral?.authoredOn)}</span>
        </Row>
        {referral?.encounter && (
          <Row label="Referred from">
            <span data-testid="inpatient-ward">
              {inpatientWard(referral) ?? 'A hospital stay (inpatient)'}
              {referral.encounter.display ? `: ${referral.encounter.display}` : ''}
            </span>
          </Row>
        )}
        <Row label="Contact details">
          <PatientContact patient={record.patient} allowed={record.referralConsent.allowed} />
        </Row>
        <Row label="Contact preferences">{contactPreferencesText(read)}</Row>
        <Row label="Mode of advice">{read.adviceMode ? ADVICE_MODE.codes[read.adviceMode] : 'No preference'}</Row>
        <Row label="Interpreter">{read.interpreterLanguageName || 'Not needed'}</Row>
        <Row label="Accessibility needs">{read.accessibilityNeeds || 'None recorded'}</Row>
        <Row label="Note from the referrer">
          <span className="app-message">{read.note || 'None'}</span>
        </Row>
      </dl>
      <h2>Consent</h2>
      <ul className="nhsuk-list" data-testid="consents">
        {record.consents.length === 0 && <li>No consent recorded.</li>}
        {record.consents.map((c) => (
          <li key={c.id}>
            Recorded {dateInText(c.dateTime)}: {CONSENT_STATE[c.status] ?? c.status}, valid{' '}
            {dateInText(c.provision?.period?.start)} to {dateInText(c.provision?.period?.end, 'no end date')}
          </li>
        ))}
      </ul>
      <p className="nhsuk-body" data-testid="referral-consent">
        Referral details: {record.referralConsent.reason}
      </p>
      <p className="nhsuk-body" data-testid="evidence-consent">
        Medical evidence: {record.evidenceConsent.reason}
      </p>
      <h2>Screening answers</h2>
      {record.screening ? (
        <dl className="nhsuk-summary-list" data-testid="screening">
          {answers(record.screening.item, texts).map((a) => (
            <Row key={a.linkId} label={a.text}>
              {a.answer}
            </Row>
          ))}
        </dl>
      ) : (
        <p className="nhsuk-body" data-testid="screening-hidden">
          Not shown: the patient’s consent does not currently cover sharing referral details.
        </p>
      )}
      <h2>Clinical summary</h2>
      {record.conditions ? (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="conditions">
          {record.conditions.length === 0 && <li>No active conditions recorded.</li>}
          {record.conditions.map((c) => (
            <li key={c.id}>{c.code?.text ?? c.code?.coding?.[0]?.display ?? 'Unnamed condition'}</li>
          ))}
        </ul>
      ) : (
        <p className="nhsuk-body" data-testid="conditions-hidden">
          Not shown: the patient has not agreed to share medical evidence with your service.
        </p>
      )}
    </>
  );
}
