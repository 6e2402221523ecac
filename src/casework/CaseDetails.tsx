import type { ReactElement, ReactNode } from 'react';
import type { Extension, QuestionnaireResponseItem } from 'fhir/r4';
import {
  ADVICE_MODE,
  CONTACT_METHOD,
  CONTACT_PREFERENCES_PART,
  EXTENSION,
  URGENT_REASON,
  type AdviceMode,
} from '../../fhir-profiles/src/terminology';
import { patientFacts } from '../app/patientFacts';
import type { CaseRecord } from './caseRecord';
import { areasOf } from './caseloadRows';
import { areaLabel, day } from './format';

function Row({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** The display of a code, or the code itself when it is not one of ours. */
function labelOf(codes: Readonly<Record<string, string>>, code: string | undefined): string {
  return code === undefined ? '' : Object.hasOwn(codes, code) ? (codes[code] ?? code) : code;
}

function ext(extensions: readonly Extension[] | undefined, url: string): Extension[] {
  return (extensions ?? []).filter((e) => e.url === url);
}

function contactPreferences(extensions: readonly Extension[] | undefined): string {
  const prefs = ext(extensions, EXTENSION.contactPreferences)[0]?.extension;
  if (!prefs) {
    return 'Not recorded';
  }
  const methods = ext(prefs, CONTACT_PREFERENCES_PART.method).map((e) =>
    labelOf(CONTACT_METHOD.codes, e.valueCoding?.code),
  );
  const safe = ext(prefs, CONTACT_PREFERENCES_PART.safeToLeaveMessage)[0]?.valueBoolean;
  const times = ext(prefs, CONTACT_PREFERENCES_PART.bestTimes)[0]?.valueString;
  return (
    [
      methods.length ? methods.join(', ') : undefined,
      safe === undefined ? undefined : safe ? 'safe to leave a message' : 'do not leave a message',
      times ? `best times: ${times}` : undefined,
    ]
      .filter(Boolean)
      .join('; ') || 'Not recorded'
  );
}

function answers(
  items: readonly QuestionnaireResponseItem[] | undefined,
): { linkId: string; text: string; answer: string }[] {
  return (items ?? []).flatMap((item) => [
    ...(item.answer?.length
      ? [
          {
            linkId: item.linkId,
            text: item.text ?? item.linkId,
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
    ...answers(item.item),
  ]);
}

/** The referral, the patient, consents and — only where consent allows — screening and conditions. */
export function CaseDetails({ record }: { record: CaseRecord }): ReactElement {
  const referral = record.referral;
  const facts = record.patient ? patientFacts(record.patient, new Date()) : undefined;
  const urgent = ext(referral?.extension, EXTENSION.urgentReason).map((e) =>
    labelOf(URGENT_REASON.codes, e.valueCoding?.code),
  );
  const mode = ext(referral?.extension, EXTENSION.adviceMode)[0]?.valueCoding?.code as AdviceMode | undefined;
  const language = ext(referral?.extension, EXTENSION.interpreterLanguage)[0]?.valueCodeableConcept;
  const access = ext(referral?.extension, EXTENSION.accessibilityNeeds)[0]?.valueString;
  return (
    <>
      <h2>Referral</h2>
      <dl className="nhsuk-summary-list" data-testid="referral-details">
        <Row label="Patient">
          {facts
            ? `${facts.name}, NHS number ${facts.nhsNumber ?? 'not recorded'}, born ${facts.birthDate ?? 'not recorded'}`
            : 'Not available'}
        </Row>
        <Row label="Areas of law">{areasOf(referral).map(areaLabel).join(', ') || 'Not recorded'}</Row>
        <Row label="Urgency">
          {referral?.priority === 'urgent' ? `Urgent${urgent.length ? `: ${urgent.join('; ')}` : ''}` : 'Routine'}
        </Row>
        <Row label="Referred by">
          {referral?.requester?.display ?? referral?.requester?.reference ?? 'Not recorded'},{' '}
          {day(referral?.authoredOn)}
        </Row>
        <Row label="Contact preferences">{contactPreferences(referral?.extension)}</Row>
        <Row label="Mode of advice">{mode ? ADVICE_MODE.codes[mode] : 'No preference'}</Row>
        <Row label="Interpreter">
          {language ? (language.coding?.[0]?.display ?? language.text ?? language.coding?.[0]?.code) : 'Not needed'}
        </Row>
        <Row label="Accessibility needs">{access ?? 'None recorded'}</Row>
        <Row label="Note from the referrer">
          <span className="app-message">{referral?.note?.map((n) => n.text).join('\n') || 'None'}</span>
        </Row>
      </dl>
      <h2>Consent</h2>
      <ul className="nhsuk-list" data-testid="consents">
        {record.consents.length === 0 && <li>No consent recorded.</li>}
        {record.consents.map((c) => (
          <li key={c.id}>
            Recorded {day(c.dateTime)}:{' '}
            {c.status === 'active'
              ? 'given'
              : c.status === 'inactive'
                ? 'withdrawn'
                : c.status === 'rejected'
                  ? 'refused'
                  : c.status}
            , valid {day(c.provision?.period?.start)} to{' '}
            {c.provision?.period?.end ? day(c.provision.period.end) : 'no end date'}
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
          {answers(record.screening.item).map((a) => (
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
