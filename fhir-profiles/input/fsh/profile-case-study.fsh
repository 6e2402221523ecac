// An adviser's case study: the story of a CLOSED case, without identifying details, written only
// with the client's recorded consent (Consent with a nested permit coded consent-coverage#case-study).
// It names no patient (subject 0..0): it points at the referral Task (event.detail), which the lead
// cannot read, and the sandbox removes even that link from the lead's copy.

Invariant: hjp-cs-1
Description: "One identifier in the case-study system with a value (the referral Task id)"
Severity: #error
Expression: "identifier.where(system = 'https://fhir.hjp-link.org.uk/Id/case-study' and value.exists()).exists()"

Profile: HjpCaseStudy
Parent: Composition
Id: hjp-case-study
Title: "HJP case study"
Description: "An adviser's anonymised account of a closed case for the partnership's reports, written with the client's consent. Points at the referral Task, never at the Patient."
* ^status = #active
* ^experimental = false
* obeys hjp-cs-1
* identifier 1..1 MS
* status MS
* type MS
* type = ReportDocumentType#case-study
* subject 0..0
* encounter 0..0
* date MS
* author 1..1 MS
* author only Reference(PractitionerRole)
* title MS
* event 1..1 MS
* event.detail 1..1 MS
* event.detail only Reference(Task)
* event.detail ^short = "The closed referral Task (the case)"
* section 1..1 MS
* section.code 1..1 MS
* section.code = ReportSection#story
* section.text 1..1 MS
* section.entry 0..0
* section.section 0..0
