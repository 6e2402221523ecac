// SDOHCC Task For Referral Management on base R4: intent order, code fulfill, focus -> referral,
// status from the referral-task status set, statusReason.text when rejected/cancelled/failed.
// businessStatus and typed outputs are HJP additions (SDOHCC does not profile businessStatus).

Invariant: hjp-task-1
Description: "statusReason.text is required when the status is rejected, cancelled or failed"
Severity: #error
Expression: "(status = 'rejected' or status = 'cancelled' or status = 'failed') implies statusReason.text.exists()"

Invariant: hjp-task-2
Description: "An assistance-level output has a valueCodeableConcept from the assistance-level code system"
Severity: #error
Expression: "output.where(type.coding.where(system = 'https://fhir.hjp-link.org.uk/CodeSystem/output-type' and code = 'assistance-level').exists()).all(value.ofType(CodeableConcept).coding.where(system = 'https://fhir.hjp-link.org.uk/CodeSystem/assistance-level').exists())"

Invariant: hjp-task-3
Description: "An advice-sessions output has a valueInteger"
Severity: #error
Expression: "output.where(type.coding.where(system = 'https://fhir.hjp-link.org.uk/CodeSystem/output-type' and code = 'advice-sessions').exists()).all(value.ofType(integer).exists())"

Invariant: hjp-task-4
Description: "An outcome output has an outcome-type coding in its type and a Money, boolean or CodeableConcept value"
Severity: #error
Expression: "output.where(type.coding.where(system = 'https://fhir.hjp-link.org.uk/CodeSystem/output-type' and code = 'outcome').exists()).all(type.coding.where(system = 'https://fhir.hjp-link.org.uk/CodeSystem/outcome-type').exists() and (value.ofType(Money).exists() or value.ofType(boolean).exists() or value.ofType(CodeableConcept).exists()))"

Invariant: hjp-task-5
Description: "Money values are in GBP"
Severity: #error
Expression: "output.value.ofType(Money).all(currency = 'GBP' and value.exists())"

Profile: HjpReferralTask
Parent: Task
Id: hjp-referral-task
Title: "HJP referral Task"
Description: "Tracks an HJP referral at the advice service: status (SDOHCC referral-task statuses), the partnership's business stage, and the outputs (level of assistance, sessions, outcomes)."
* ^status = #active
* ^experimental = false
* obeys hjp-task-1 and hjp-task-2 and hjp-task-3 and hjp-task-4 and hjp-task-5
* status MS
* status from ReferralTaskStatusVS (required)
* statusReason MS
* businessStatus MS
* businessStatus from BusinessStageVS (required)
* intent MS
* intent = #order
* priority MS
* priority from ReferralPriorityVS (required)
* code 1..1 MS
* code = $TaskCode#fulfill
* focus 1..1 MS
* focus only Reference(ServiceRequest)
* for 1..1 MS
* for only Reference(Patient)
* authoredOn 1..1 MS
* requester 1..1 MS
* requester only Reference(PractitionerRole)
* owner 1..1 MS
* owner only Reference(Organization)
* output MS
* output.type from OutputTypeVS (required)
* extension contains CaseOwnerExt named caseOwner 0..1 MS
* output.extension contains
    OutcomeBenefit named benefit 0..1 and
    OutcomeWeeklyAmount named weeklyAmount 0..1
