Instance: example-evidence-request
InstanceOf: HjpEvidenceRequest
Usage: #example
Title: "Example: medical-evidence request, answered"
* status = #completed
* intent = #order
* code = TaskType#medical-evidence "Medical evidence request"
* focus = Reference(ServiceRequest/example-referral)
* partOf = Reference(Task/example-referral-task)
* for = Reference(Patient/pat-001)
* authoredOn = "2026-11-25T09:00:00Z"
* requester = Reference(PractitionerRole/adviser)
* owner = Reference(PractitionerRole/gp)
* description = "Letter confirming the effect of the patient's COPD on walking and daily living, for a PIP mandatory reconsideration."
* restriction.period.end = "2026-12-09"
* output[0].type = OutputType#evidence-response
* output[0].valueReference = Reference(Communication/example-message)
