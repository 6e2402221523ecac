Instance: example-case-study
InstanceOf: HjpCaseStudy
Usage: #example
Title: "Example: an adviser's anonymised case study"
* identifier.system = "https://fhir.hjp-link.org.uk/Id/case-study"
* identifier.value = "example-referral-task"
* status = #final
* type = ReportDocumentType#case-study "Case study"
* date = "2026-12-01T10:00:00Z"
* author = Reference(PractitionerRole/adviser)
* title = "Back to work after cancer treatment"
* event.detail = Reference(Task/example-referral-task)
* section.title = "The story of the case"
* section.code = ReportSection#story "The story of the case"
* section.text.status = #generated
* section.text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>A man in his thirties was referred by his GP during treatment.</p></div>"
