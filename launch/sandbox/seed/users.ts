import type {
  CodeableConcept,
  Coding,
  ContactPoint,
  HealthcareService,
  Location,
  Organization,
  Practitioner,
  PractitionerRole,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { USER_ROLE_SYSTEM } from '../../../fhir-profiles/src/canonical';
import { USER_ROLE } from '../../../fhir-profiles/src/code-systems';
import type { UserRole } from '../../../fhir-profiles/src/canonical';
import { SNOMED_SYSTEM, ref } from './support';

/**
 * Sandbox users: a PractitionerRole each (its id is the launcher's `provider=` and the token's
 * fhirUser) and the Practitioner behind it (`pract-<id>`). Names, e-mails and phone numbers are
 * synthetic (Ofcom drama numbers; nhs.net addresses follow the NHS pattern but are made up).
 */
export interface SeedUser {
  id: 'gp' | 'ward-nurse' | 'adviser' | 'adviser-2' | 'lead';
  role: UserRole;
  prefix?: string;
  given: string[];
  family: string;
  gender: Practitioner['gender'];
  email: string;
  phone: string;
  organization: Reference<Organization>;
  location?: Reference<Location>;
  healthcareService?: Reference<HealthcareService>;
  /** The job role as shown to people, and its SNOMED CT occupation where a well-known one exists. */
  jobTitle: string;
  snomed?: readonly [code: string, display: string];
}

const practice = ref('Organization', 'org-gp-practice', 'Chapel Lane Medical Practice');
const hospital = ref('Organization', 'org-hospital', 'Northbrook Teaching Hospitals NHS Trust');
const advice = ref('Organization', 'org-advice', 'Northbrook Welfare Rights Advice');
const adviceService = ref(
  'HealthcareService',
  'hs-welfare-advice',
  'Welfare rights advice (Health Justice Partnership)',
);

export const SEED_USERS: readonly SeedUser[] = [
  {
    id: 'gp',
    role: 'gp',
    prefix: 'Dr',
    given: ['Anjali'],
    family: 'Mehta',
    gender: 'female',
    email: 'anjali.mehta4@nhs.net',
    phone: '0113 496 0102',
    organization: practice,
    jobTitle: 'General practitioner',
    snomed: ['62247001', 'General practitioner'],
  },
  {
    id: 'ward-nurse',
    role: 'ward-nurse',
    given: ['Ciarán'],
    family: 'Byrne',
    gender: 'male',
    email: 'ciaran.byrne12@nhs.net',
    phone: '0113 496 0278',
    organization: hospital,
    location: ref('Location', 'loc-ward-7', 'Ward 7'),
    jobTitle: 'Registered nurse, Ward 7',
    snomed: ['224535009', 'Registered nurse'],
  },
  {
    id: 'adviser',
    role: 'adviser',
    given: ['Fatima'],
    family: 'Begum',
    gender: 'female',
    email: 'fatima.begum@northbrook-advice.example.org',
    phone: '0113 496 0352',
    organization: advice,
    healthcareService: adviceService,
    jobTitle: 'Welfare rights adviser',
  },
  {
    id: 'adviser-2',
    role: 'adviser',
    given: ['Gareth'],
    family: 'Jones',
    gender: 'male',
    email: 'gareth.jones@northbrook-advice.example.org',
    phone: '0113 496 0353',
    organization: advice,
    healthcareService: adviceService,
    jobTitle: 'Welfare rights adviser',
  },
  {
    id: 'lead',
    role: 'lead',
    given: ['Olumide'],
    family: 'Adeyemi',
    gender: 'male',
    email: 'olumide.adeyemi@northbrook-advice.example.org',
    phone: '0113 496 0360',
    organization: advice,
    jobTitle: 'Health Justice Partnership lead',
  },
];

function roleCode(user: SeedUser): CodeableConcept {
  const coding: Coding[] = [{ system: USER_ROLE_SYSTEM, code: user.role, display: USER_ROLE.codes[user.role] }];
  if (user.snomed) {
    coding.push({ system: SNOMED_SYSTEM, code: user.snomed[0], display: user.snomed[1] });
  }
  return { coding, text: user.jobTitle };
}

function telecom(user: SeedUser): ContactPoint[] {
  return [
    { system: 'email', value: user.email, use: 'work' },
    { system: 'phone', value: user.phone, use: 'work' },
  ];
}

function practitioner(user: SeedUser): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: `pract-${user.id}`,
    active: true,
    name: [
      { use: 'official', family: user.family, given: user.given, ...(user.prefix ? { prefix: [user.prefix] } : {}) },
    ],
    telecom: telecom(user),
    gender: user.gender,
  };
}

function practitionerRole(user: SeedUser): PractitionerRole {
  const name = [user.prefix, ...user.given, user.family].filter(Boolean).join(' ');
  return {
    resourceType: 'PractitionerRole',
    id: user.id,
    active: true,
    practitioner: ref('Practitioner', `pract-${user.id}`, name),
    organization: user.organization,
    code: [roleCode(user)],
    ...(user.location ? { location: [user.location] } : {}),
    ...(user.healthcareService ? { healthcareService: [user.healthcareService] } : {}),
    telecom: telecom(user),
  };
}

/** Practitioner + PractitionerRole for every sandbox user. */
export function userResources(): Resource[] {
  return SEED_USERS.flatMap((user) => [practitioner(user), practitionerRole(user)]);
}
