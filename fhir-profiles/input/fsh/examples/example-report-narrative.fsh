Instance: example-report-narrative
InstanceOf: HjpReportNarrative
Usage: #example
Title: "Example: the lead's narrative of the funder report for 2026-27"
* identifier.system = "https://fhir.hjp-link.org.uk/Id/report-narrative"
* identifier.value = "FY2026-27"
* status = #preliminary
* type = ReportDocumentType#funder-report "Funder report narrative"
* date = "2026-12-01T10:00:00Z"
* author = Reference(PractitionerRole/lead)
* title = "Funder report 2026-27: narrative"
* event.period.start = "2026-04-01"
* event.period.end = "2027-03-31"
* section[0].title = "Activity"
* section[0].code = ReportSection#activity "Activity"
* section[0].text.status = #generated
* section[0].text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Referrals came mostly from the practice.</p></div>"
