Instance: example-case-note
InstanceOf: HjpCaseNote
Usage: #example
Title: "Example: an adviser's internal case note"
* status = #completed
* category = CommunicationCategory#internal-note "Internal case note"
* subject = Reference(Patient/pat-001)
* about = Reference(Task/example-referral-task)
* basedOn = Reference(ServiceRequest/example-referral)
* sender = Reference(PractitionerRole/adviser)
* recipient = Reference(Organization/org-advice)
* sent = "2026-12-03T11:15:00Z"
* payload.contentString = "Client prefers morning calls. PIP form started; mandatory reconsideration deadline 2 January."
