// The partnership lead's narrative of the funder report: one Composition per reporting period
// (identifier …/Id/report-narrative | <period id>, e.g. FY2026-27), updated with If-Match so the
// server's history keeps every version. About no patient: the sandbox lets the lead read and write
// it, and no one else write it. Section text is XHTML built from escaped plain text (never HTML typed by a user).

Invariant: hjp-nar-1
Description: "One identifier in the report-narrative system with a value (the period id)"
Severity: #error
Expression: "identifier.where(system = 'https://fhir.hjp-link.org.uk/Id/report-narrative' and value.exists()).exists()"

Profile: HjpReportNarrative
Parent: Composition
Id: hjp-report-narrative
Title: "HJP funder report narrative"
Description: "The partnership lead's narrative sections of the funder report for one reporting period (evaluation.md: about the partnership, activity, outcomes, equity, before and after, case studies, methods and caveats). Not about a patient."
* ^status = #active
* ^experimental = false
* obeys hjp-nar-1
* identifier 1..1 MS
* status MS
* type MS
* type = ReportDocumentType#funder-report
* subject 0..0
* encounter 0..0
* date MS
* author 1..1 MS
* author only Reference(PractitionerRole)
* title MS
* event 1..1 MS
* event.period 1..1 MS
* event.detail 0..0
* section MS
* section.code 1..1 MS
* section.code from ReportSectionVS (required)
* section.text 1..1 MS
* section.entry 0..0
* section.section 0..0
