import type { ContactPoint, Patient, Resource } from '@medplum/fhirtypes';
import { NHS_NUMBER_SYSTEM } from '../../../fhir-profiles/src/canonical';
import { ref } from './support';

/**
 * Eight synthetic patients registered at the seed GP practice. NHS numbers are in the 999 test
 * range with valid check digits; addresses and postcodes are made up (realistic format); phone
 * numbers are Ofcom drama numbers and e-mails use the reserved example.com domain.
 */
interface SeedPatient {
  id: string;
  nhsNumber: string;
  given: string[];
  family: string;
  prefix: string;
  gender: Patient['gender'];
  birthDate: string;
  line: string[];
  postalCode: string;
  mobile?: string;
  home?: string;
  email?: string;
  /** BCP-47 code and name of a preferred language other than English (interpreter needed). */
  language?: readonly [code: string, display: string];
}

const SEED_PATIENTS: readonly SeedPatient[] = [
  {
    id: 'pat-001',
    nhsNumber: '9992345675',
    prefix: 'Mrs',
    given: ['Amira'],
    family: 'Hussain',
    gender: 'female',
    birthDate: '1988-03-14',
    line: ['42 Beckett Grove'],
    postalCode: 'LS8 5NP',
    mobile: '07700 900101',
    email: 'amira.hussain@example.com',
  },
  {
    id: 'pat-002',
    nhsNumber: '9993456780',
    prefix: 'Mr',
    given: ['Thomas', 'James'],
    family: 'Whitfield',
    gender: 'male',
    birthDate: '1964-09-02',
    line: ['Flat 3', '118 Kirkstall Road'],
    postalCode: 'LS4 2AX',
    mobile: '07700 900202',
  },
  {
    id: 'pat-003',
    nhsNumber: '9994567810',
    prefix: 'Mr',
    given: ['Chidi'],
    family: 'Okafor',
    gender: 'male',
    birthDate: '2007-05-20',
    line: ['9 Moorfield Terrace'],
    postalCode: 'LS6 1QE',
    mobile: '07700 900303',
    email: 'chidi.okafor@example.com',
  },
  {
    id: 'pat-004',
    nhsNumber: '9995678128',
    prefix: 'Mrs',
    given: ['Agnieszka'],
    family: 'Kowalska',
    gender: 'female',
    birthDate: '1981-11-30',
    line: ['61 Roundhay View'],
    postalCode: 'LS8 4DJ',
    mobile: '07700 900404',
    language: ['pl', 'Polish'],
  },
  {
    id: 'pat-005',
    nhsNumber: '9996781232',
    prefix: 'Mrs',
    given: ['Doreen', 'May'],
    family: 'Clarke',
    gender: 'female',
    birthDate: '1946-01-08',
    line: ['5 Almshouse Close'],
    postalCode: 'LS15 7HT',
    home: '0113 496 0505',
  },
  {
    id: 'pat-006',
    nhsNumber: '9997812344',
    prefix: 'Ms',
    given: ['Sunita'],
    family: 'Patel',
    gender: 'female',
    birthDate: '1972-07-17',
    line: ['23 Elmtree Crescent'],
    postalCode: 'LS17 6PL',
    mobile: '07700 900606',
    email: 'sunita.patel@example.com',
  },
  {
    id: 'pat-007',
    nhsNumber: '9998123453',
    prefix: 'Mr',
    given: ['Rhys'],
    family: 'Evans',
    gender: 'male',
    birthDate: '1993-02-25',
    line: ['Flat 12', 'Brunswick House', 'Lovell Park Road'],
    postalCode: 'LS7 1DR',
  },
  {
    id: 'pat-008',
    nhsNumber: '9991234578',
    prefix: 'Mx',
    given: ['Jordan'],
    family: 'Reid',
    gender: 'other',
    birthDate: '2000-12-03',
    line: ['77 Cardigan Lane'],
    postalCode: 'LS4 2LE',
    mobile: '07700 900808',
  },
];

function telecom(p: SeedPatient): ContactPoint[] {
  const out: ContactPoint[] = [];
  if (p.mobile) {
    out.push({ system: 'phone', value: p.mobile, use: 'mobile' });
  }
  if (p.home) {
    out.push({ system: 'phone', value: p.home, use: 'home' });
  }
  if (p.email) {
    out.push({ system: 'email', value: p.email, use: 'home' });
  }
  return out;
}

function patient(p: SeedPatient): Patient {
  const contact = telecom(p);
  return {
    resourceType: 'Patient',
    id: p.id,
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber }],
    active: true,
    name: [{ use: 'official', prefix: [p.prefix], given: p.given, family: p.family }],
    ...(contact.length > 0 ? { telecom: contact } : {}),
    gender: p.gender,
    birthDate: p.birthDate,
    address: [{ use: 'home', type: 'physical', line: p.line, city: 'Leeds', postalCode: p.postalCode, country: 'GB' }],
    ...(p.language
      ? {
          communication: [
            {
              language: {
                coding: [{ system: 'urn:ietf:bcp:47', code: p.language[0], display: p.language[1] }],
                text: p.language[1],
              },
              preferred: true,
            },
          ],
        }
      : {}),
    generalPractitioner: [ref('Organization', 'org-gp-practice', 'Chapel Lane Medical Practice')],
    managingOrganization: ref('Organization', 'org-gp-practice', 'Chapel Lane Medical Practice'),
  };
}

/** The seed patients pat-001 … pat-008. */
export function patientResources(): Resource[] {
  return SEED_PATIENTS.map(patient);
}
