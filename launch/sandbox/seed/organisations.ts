import type { Address, CodeableConcept, HealthcareService, Location, Organization, Resource } from '@medplum/fhirtypes';
import { ODS_ORGANISATION_SYSTEM } from '../../../fhir-profiles/src/canonical';
import { WELFARE_LAW_AREA } from '../../../fhir-profiles/src/code-systems';
import { ref, text } from './support';

/**
 * The partnership's organisations (all synthetic). ODS-style codes are made up: practice
 * Y99901 and trust R9Z do not belong to real organisations. Phone numbers are Ofcom drama
 * numbers (0113 496 0xxx); e-mail domains are reserved example domains.
 */

const ORG_TYPE = 'http://terminology.hl7.org/CodeSystem/organization-type';
const orgType = (code: string, display: string, label: string): CodeableConcept => ({
  coding: [{ system: ORG_TYPE, code, display }],
  text: label,
});
const address = (line: string[], postalCode: string): Address => ({
  use: 'work',
  type: 'physical',
  line,
  city: 'Leeds',
  postalCode,
  country: 'GB',
});

const gpPractice: Organization = {
  resourceType: 'Organization',
  id: 'org-gp-practice',
  identifier: [{ system: ODS_ORGANISATION_SYSTEM, value: 'Y99901' }],
  active: true,
  type: [orgType('prov', 'Healthcare Provider', 'GP practice')],
  name: 'Chapel Lane Medical Practice',
  telecom: [{ system: 'phone', value: '0113 496 0101', use: 'work' }],
  address: [address(['14 Chapel Lane'], 'LS6 3BW')],
};

const hospital: Organization = {
  resourceType: 'Organization',
  id: 'org-hospital',
  identifier: [{ system: ODS_ORGANISATION_SYSTEM, value: 'R9Z' }],
  active: true,
  type: [orgType('prov', 'Healthcare Provider', 'NHS trust')],
  name: 'Northbrook Teaching Hospitals NHS Trust',
  telecom: [{ system: 'phone', value: '0113 496 0200', use: 'work' }],
  address: [address(['Northbrook General Infirmary', 'Great George Row'], 'LS1 3RT')],
};

const ward7: Location = {
  resourceType: 'Location',
  id: 'loc-ward-7',
  status: 'active',
  name: 'Ward 7',
  description: 'Respiratory medicine ward, Northbrook General Infirmary',
  mode: 'instance',
  physicalType: {
    coding: [{ system: 'http://terminology.hl7.org/CodeSystem/location-physical-type', code: 'wa', display: 'Ward' }],
    text: 'Ward',
  },
  telecom: [{ system: 'phone', value: '0113 496 0277', use: 'work' }],
  managingOrganization: ref('Organization', 'org-hospital', 'Northbrook Teaching Hospitals NHS Trust'),
};

/** Where face-to-face advice appointments happen (src/config/partnership.json casework.appointmentPlaces). */
const adviceOffice: Location = {
  resourceType: 'Location',
  id: 'loc-advice-office',
  status: 'active',
  name: 'Northbrook Welfare Rights Advice, 2 Market Street',
  mode: 'instance',
  address: address(['2 Market Street'], 'LS2 7QF'),
  managingOrganization: ref('Organization', 'org-advice', 'Northbrook Welfare Rights Advice'),
};

const practiceRoom: Location = {
  resourceType: 'Location',
  id: 'loc-practice-room',
  status: 'active',
  name: 'Advice room, Northbrook Medical Practice',
  description: 'The advice service’s outreach room at the GP practice',
  mode: 'instance',
  managingOrganization: ref('Organization', 'org-advice', 'Northbrook Welfare Rights Advice'),
};

const adviceOrg: Organization = {
  resourceType: 'Organization',
  id: 'org-advice',
  active: true,
  type: [orgType('cg', 'Community Group', 'Advice charity')],
  name: 'Northbrook Welfare Rights Advice',
  telecom: [
    { system: 'phone', value: '0113 496 0350', use: 'work' },
    { system: 'email', value: 'hello@northbrook-advice.example.org', use: 'work' },
  ],
  address: [address(['2 Market Street'], 'LS2 7QF')],
};

const welfareAdvice: HealthcareService = {
  resourceType: 'HealthcareService',
  id: 'hs-welfare-advice',
  active: true,
  providedBy: ref('Organization', 'org-advice', 'Northbrook Welfare Rights Advice'),
  category: [text('Welfare rights advice')],
  type: [text('Welfare rights advice')],
  specialty: [text('Welfare rights advice')],
  name: 'Welfare rights advice (Health Justice Partnership)',
  comment: 'Free, confidential advice and casework for patients referred by the GP practice and the hospital.',
  telecom: [
    { system: 'phone', value: '0113 496 0351', use: 'work' },
    { system: 'email', value: 'referrals@northbrook-advice.example.org', use: 'work' },
  ],
  program: [text('Health Justice Partnership')],
  characteristic: Object.entries(WELFARE_LAW_AREA.codes).map(([code, display]) => ({
    coding: [{ system: WELFARE_LAW_AREA.system, code, display }],
    text: display,
  })),
  communication: [{ coding: [{ system: 'urn:ietf:bcp:47', code: 'en-GB', display: 'English (United Kingdom)' }] }],
  referralMethod: [
    {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/service-referral-method',
          code: 'elec',
          display: 'Secure Messaging',
        },
      ],
    },
  ],
  appointmentRequired: false,
  availableTime: [
    { daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'], availableStartTime: '09:00:00', availableEndTime: '17:00:00' },
  ],
  availabilityExceptions: 'Closed on bank holidays.',
};

/** Organisations, the ward and the advice service. */
export function organisationResources(): Resource[] {
  return [gpPractice, hospital, ward7, adviceOffice, practiceRoom, adviceOrg, welfareAdvice];
}
