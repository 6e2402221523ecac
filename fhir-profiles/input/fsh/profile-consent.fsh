// SDOHCC Consent (category IDSCL, patient, dateTime, organization) with UK Core Consent's MS elements.
// Coverage is modelled as nested provisions (referral-details, medical-evidence), each permit or deny.

Profile: HjpConsent
Parent: Consent
Id: hjp-consent
Title: "HJP consent to share with the advice service"
Description: "The patient's consent to share referral details and, separately, medical evidence with the welfare rights advice service, for a period."
* ^status = #active
* ^experimental = false
* status MS
* scope MS
* scope = $ConsentScope#patient-privacy
* category 1..1 MS
* category from ConsentCategoryVS (required)
* patient 1..1 MS
* dateTime 1..1 MS
* performer 1..1 MS
* performer only Reference(Patient)
* organization 1..1 MS
* organization only Reference(Organization)
* policyRule MS
* policyRule ^short = "e.g. v3-ActCode#OPTIN (base invariant ppc-1 needs policy or policyRule)"
* extension contains
    ConsentRecordedBy named recordedBy 1..1 MS and
    ConsentMethodExt named method 1..1 MS
* provision 1..1 MS
* provision.type 1..1 MS
* provision.type = #permit
* provision.period 1..1 MS
* provision.period.start 1..1 MS
* provision.actor 1..* MS
* provision.actor.role = $ParticipationType#IRCP
* provision.actor.reference only Reference(Organization)
* provision.provision 1..* MS
* provision.provision.type 1..1 MS
* provision.provision.code 1..1 MS
* provision.provision.code from ConsentCoverageVS (required)
