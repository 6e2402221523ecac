import { useEffect, useRef } from 'react';
import { PARTNERSHIP } from '../../config/partnership';
import { answersFromResponse, SCREENING_IDENTIFIER_SYSTEM } from '../../domain/screening/responseRead';
import type { FhirGateway } from '../../fhir/gateway';
import { findScreeningDraft } from '../../screening/read';
import type { Draft } from './draft';

/**
 * Opening HJP Link again (a new tab, another browser, the next day) with nothing kept on this
 * device: the clinician's screening in progress for this patient is read from the record and
 * resumed, with its identifier (so saving it again updates the same response). A failed search
 * leaves a new draft: nothing is lost, the record still has the old one.
 */
export function useResumeDraft(
  gateway: FhirGateway,
  patientId: string,
  author: string | undefined,
  draft: Draft,
  updateDraft: (change: (d: Draft) => Draft) => void,
): void {
  const asked = useRef(false);
  const fresh = Object.keys(draft.answers).length === 0 && !draft.server;
  useEffect(() => {
    if (asked.current || !fresh || !author || !patientId) {
      return;
    }
    asked.current = true;
    findScreeningDraft(gateway, { patientId, author, questionnaire: PARTNERSHIP.questionnaire }).then(
      (found) => {
        const identifier = found?.identifier;
        if (
          !found?.id ||
          !found.meta?.versionId ||
          identifier?.system !== SCREENING_IDENTIFIER_SYSTEM ||
          !identifier.value
        ) {
          return;
        }
        const server = { id: found.id, versionId: found.meta.versionId };
        const screeningId = identifier.value;
        updateDraft((d) =>
          Object.keys(d.answers).length > 0 || d.server
            ? d
            : { ...d, screeningId, answers: answersFromResponse(found), server, screeningSaved: false, unsaved: false },
        );
      },
      () => undefined,
    );
  }, [gateway, patientId, author, fresh, updateDraft]);
}
