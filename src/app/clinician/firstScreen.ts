import { PARTNERSHIP } from '../../config/partnership';
import { consentsSearch } from '../../consent/search';
import { startEarly } from '../../fhir/earlyRequests';
import type { FhirGateway } from '../../fhir/gateway';
import { queryKeys } from '../../fhir/queryKeys';
import { checklistSearch } from '../../screening/search';
import { overviewQuery } from '../../timeline/overview';

/**
 * The clinician's first screen needs three searches: started together the moment the token
 * arrives (beside the patient and user reads), before the screen's code has even arrived.
 * The screen's queries adopt them (src/fhir/earlyRequests.ts).
 */
export function startFirstScreenRequests(gateway: FhirGateway, patientId: string): void {
  const checklist = PARTNERSHIP.questionnaire;
  startEarly(queryKeys.referrals(patientId), () => gateway.search('ServiceRequest', overviewQuery(patientId)));
  startEarly(queryKeys.consents(patientId), () => gateway.search('Consent', consentsSearch(patientId)));
  startEarly(queryKeys.checklist(checklist.url, checklist.version), () =>
    gateway.search('Questionnaire', checklistSearch(checklist)),
  );
}
