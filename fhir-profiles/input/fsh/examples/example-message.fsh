Instance: example-message
InstanceOf: HjpMessage
Usage: #example
Title: "Example: medical evidence sent by the GP"
* status = #completed
* category = CommunicationCategory#evidence "Medical evidence"
* subject = Reference(Patient/pat-001)
* about[0] = Reference(Task/example-referral-task)
* about[1] = Reference(Task/example-evidence-request)
* basedOn = Reference(ServiceRequest/example-referral)
* sender = Reference(PractitionerRole/gp)
* recipient[0] = Reference(PractitionerRole/adviser)
* sent = "2026-12-01T14:30:00Z"
* payload[0].contentString = "Evidence letter attached."
* payload[1].contentAttachment.contentType = #application/pdf
* payload[1].contentAttachment.title = "GP evidence letter"
* payload[1].contentAttachment.url = "Binary/example-evidence-letter"
