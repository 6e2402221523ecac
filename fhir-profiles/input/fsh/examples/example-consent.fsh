// Valid examples (test fixtures). References use the sandbox seed ids (see /tmp/helper-fhir-model.md).

Instance: example-consent
InstanceOf: HjpConsent
Usage: #example
Title: "Example: verbal consent to share referral details and medical evidence"
* status = #active
* scope = $ConsentScope#patient-privacy
* category = $ActCode#IDSCL
* patient = Reference(Patient/pat-001)
* dateTime = "2026-11-20T10:15:00Z"
* performer = Reference(Patient/pat-001)
* organization = Reference(Organization/org-gp-practice)
* policyRule = $ActCode#OPTIN
* extension[recordedBy].valueReference = Reference(PractitionerRole/gp)
* extension[method].valueCoding = ConsentMethod#verbal "Verbal consent"
* provision.type = #permit
* provision.period.start = "2026-11-20T10:15:00Z"
* provision.period.end = "2027-11-20T10:15:00Z"
* provision.actor[0].role = $ParticipationType#IRCP
* provision.actor[0].reference = Reference(Organization/org-advice)
* provision.provision[0].type = #permit
* provision.provision[0].code = ConsentCoverage#referral-details
* provision.provision[1].type = #permit
* provision.provision[1].code = ConsentCoverage#medical-evidence
