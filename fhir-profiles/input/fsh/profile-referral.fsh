// SDOHCC ServiceRequest pattern (category, code, performer, supportingInfo -> Consent) on base R4,
// with UK Core ServiceRequest's must-support elements. Local reasonCode: SDOHCC categories do not
// cover debt, benefits, immigration or community care.

Invariant: hjp-ref-1
Description: "supportingInfo includes the Consent (a reference Consent/<id>, or Reference.type = 'Consent' for urn:uuid references in a transaction)"
Severity: #error
Expression: "supportingInfo.where(type = 'Consent' or reference.startsWith('Consent/')).exists()"

Invariant: hjp-ref-2
Description: "Urgent reasons only when priority is urgent"
Severity: #error
Expression: "extension.where(url = 'https://fhir.hjp-link.org.uk/StructureDefinition/urgent-reason').exists() implies priority = 'urgent'"

Invariant: hjp-ref-3
Description: "One identifier in the HJP referral system with a value (client-assigned UUID, used for idempotent create)"
Severity: #error
Expression: "identifier.where(system = 'https://fhir.hjp-link.org.uk/Id/referral' and value.exists()).count() = 1"

Profile: HjpReferral
Parent: ServiceRequest
Id: hjp-referral
Title: "HJP welfare-advice referral"
Description: "A referral from NHS care to a welfare rights advice service (Health Justice Partnership). Follows the SDOH Clinical Care ServiceRequest pattern; UK identifiers per UK Core."
* ^status = #active
* ^experimental = false
* obeys hjp-ref-1 and hjp-ref-2 and hjp-ref-3
* identifier 1..* MS
* identifier ^comment = "The referral's UUID in https://fhir.hjp-link.org.uk/Id/referral (its key, hjp-ref-3), and its short reference for people in https://fhir.hjp-link.org.uk/Id/referral-reference (HJP- and eight Crockford base-32 characters from the UUID's last 40 bits, e.g. HJP-1WX6-P74X)."
* status MS
* status from ReferralStatusVS (required)
* intent MS
* intent = #order
* category 1..1 MS
* category from ReferralCategoryVS (required)
* category ^short = "referral-category#welfare-rights-advice (a required one-code value set rather than a pattern: Medplum's validator cannot match patterns on repeating elements)"
* code 1..1 MS
* code = $SCT#710910007
* subject MS
* subject only Reference(Patient)
* encounter MS
* locationReference MS
* locationReference only Reference(Location)
* locationReference ^short = "A ward launch: the ward of the encounter (Encounter.location), shown to the adviser as 'Inpatient on <ward>'"
* requester 1..1 MS
* requester only Reference(PractitionerRole)
* performer 1..1 MS
* performer only Reference(Organization)
* authoredOn 1..1 MS
* reasonCode 1..* MS
* reasonCode from WelfareLawAreaVS (required)
* priority 1..1 MS
* priority from ReferralPriorityVS (required)
* extension contains
    UrgentReasonExt named urgentReason 0..* MS and
    ContactPreferences named contactPreferences 0..1 MS and
    AdviceModeExt named adviceMode 0..1 MS and
    InterpreterLanguage named interpreterLanguage 0..1 MS and
    AccessibilityNeeds named accessibilityNeeds 0..1 MS
* note MS
* supportingInfo 1..* MS
* supportingInfo ^short = "The Consent (required) and the screening QuestionnaireResponse"
