// SDOHCC has no Communication profile; UK Core Communication (draft) only marks subject MS.

Invariant: hjp-msg-1
Description: "An evidence message is also about the evidence-request Task"
Severity: #error
Expression: "category.coding.where(system = 'https://fhir.hjp-link.org.uk/CodeSystem/communication-category' and code = 'evidence').exists() implies about.count() >= 2"

Invariant: hjp-msg-2
Description: "An HJP message is never an internal case note (those use the hjp-case-note profile and are never sent)"
Severity: #error
Expression: "category.coding.where(system = 'https://fhir.hjp-link.org.uk/CodeSystem/communication-category' and code = 'internal-note').empty()"

Profile: HjpMessage
Parent: Communication
Id: hjp-message
Title: "HJP message"
Description: "A message between referrer and adviser about a referral: a free-text message, medical evidence, or outcome feedback."
* ^status = #active
* ^experimental = false
* obeys hjp-msg-1 and hjp-msg-2
* status MS
* status from MessageStatusVS (required)
* category 1..1 MS
* category from CommunicationCategoryVS (required)
* subject 1..1 MS
* subject only Reference(Patient)
* about 1..* MS
* about only Reference(Task)
* basedOn 1..1 MS
* basedOn only Reference(ServiceRequest)
* inResponseTo MS
* inResponseTo only Reference(Communication)
* sender 1..1 MS
* sender only Reference(PractitionerRole or Organization)
* recipient 1..* MS
* recipient only Reference(PractitionerRole or Organization)
* sent 1..1 MS
* payload 1..* MS
* payload.content[x] only string or Attachment
