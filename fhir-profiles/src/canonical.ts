/**
 * The one canonical URL base of HJP Link's FHIR artefacts. sushi-config.yaml's `canonical`
 * must equal it (a test ties them). Every local code system, value set, profile, extension
 * and identifier system hangs off this base.
 */
export const CANONICAL_BASE = 'https://fhir.hjp-link.org.uk';

export const codeSystemUrl = (id: string): string => `${CANONICAL_BASE}/CodeSystem/${id}`;
export const valueSetUrl = (id: string): string => `${CANONICAL_BASE}/ValueSet/${id}`;
export const profileUrl = (id: string): string => `${CANONICAL_BASE}/StructureDefinition/${id}`;
export const extensionUrl = profileUrl;

/** Local code system: the app role of a sandbox/partnership user (on PractitionerRole.code). */
export const USER_ROLE_SYSTEM = codeSystemUrl('user-role');
export type UserRole = 'gp' | 'ward-nurse' | 'adviser' | 'lead';

/** UK identifier systems (UK Core). */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const ODS_ORGANISATION_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';
export const ODS_SITE_SYSTEM = 'https://fhir.nhs.uk/Id/ods-site-code';
