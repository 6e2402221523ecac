import type { QueryClient } from '@tanstack/react-query';
import { PARTNERSHIP } from '../../config/partnership';
import { consentsQuery } from '../../consent/queries';
import { checklistQuery } from '../../screening/queries';
import { referralsQuery } from '../../timeline/queries';
import type { AppSession } from '../session';

/**
 * The clinician's first screen's three queries put in the cache before the first render (they
 * adopt the requests boot.ts started with the token): the screen then renders once, with its
 * data, instead of a "Loading…" pass and a second render when the answers land. A failure is
 * cached as such, and the screen shows it with its "Try again".
 */
export async function prepareFirstScreen(client: QueryClient, session: AppSession): Promise<void> {
  const patientId = session.context.patientId;
  if (!patientId) {
    return;
  }
  await Promise.all([
    client.query(referralsQuery(session.gateway, patientId)).catch(() => undefined),
    client.query(consentsQuery(session.gateway, patientId)).catch(() => undefined),
    client.query(checklistQuery(session.gateway, PARTNERSHIP.questionnaire)).catch(() => undefined),
  ]);
}
