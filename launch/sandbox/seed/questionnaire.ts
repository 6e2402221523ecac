import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Questionnaire, Resource } from '@medplum/fhirtypes';
import { WELFARE_QUESTIONNAIRE } from '../../../fhir-profiles/src/terminology';

const COMPILED = resolve(
  import.meta.dirname,
  `../../../fhir-profiles/build/package/Questionnaire-${WELFARE_QUESTIONNAIRE.id}.json`,
);

/**
 * The welfare-needs checklist Questionnaire, taken as compiled from fhir-profiles (never
 * re-typed), so the app can fetch it by canonical URL. `npm start` builds the profiles first.
 */
export function questionnaireResources(): Resource[] {
  if (!existsSync(COMPILED)) {
    console.warn('Seed: the compiled checklist is missing; run npm run profiles:build');
    return [];
  }
  const questionnaire = JSON.parse(readFileSync(COMPILED, 'utf8')) as Questionnaire;
  return [{ ...questionnaire, id: WELFARE_QUESTIONNAIRE.id }];
}
