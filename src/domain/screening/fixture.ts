import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Questionnaire } from 'fhir/r4';

/** Tests only: the compiled checklist from fhir-profiles/build/package (run `npm run profiles:build`). */
export function checklistFixture(): Questionnaire {
  const file = resolve(
    import.meta.dirname,
    '../../../fhir-profiles/build/package/Questionnaire-welfare-needs-checklist.json',
  );
  return JSON.parse(readFileSync(file, 'utf8')) as Questionnaire;
}
