Instance: example-referral-task
InstanceOf: HjpReferralTask
Usage: #example
Title: "Example: completed referral Task with level of assistance and outcomes"
* status = #completed
* businessStatus = BusinessStage#closed "Case closed"
* intent = #order
* priority = #urgent
* code = $TaskCode#fulfill
* focus = Reference(ServiceRequest/example-referral)
* for = Reference(Patient/pat-001)
* authoredOn = "2026-11-20T10:20:00Z"
* lastModified = "2027-02-10T16:00:00Z"
* requester = Reference(PractitionerRole/gp)
* owner = Reference(Organization/org-advice)
* output[0].type = OutputType#assistance-level
* output[0].valueCodeableConcept = AssistanceLevel#advice-with-casework "Advice with casework"
* output[1].type = OutputType#advice-sessions
* output[1].valueInteger = 4
// PIP enhanced daily living £92.40/week annualised x 52 = £4,804.80
* output[2].type.coding[0] = OutputType#outcome
* output[2].type.coding[1] = OutcomeType#benefit-awarded "New benefit awarded"
* output[2].valueMoney.value = 4804.80
* output[2].valueMoney.currency = #GBP
* output[2].extension[benefit].valueCodeableConcept.text = "Personal Independence Payment (daily living, enhanced)"
* output[2].extension[weeklyAmount].valueMoney.value = 92.40
* output[2].extension[weeklyAmount].valueMoney.currency = #GBP
* output[3].type.coding[0] = OutputType#outcome
* output[3].type.coding[1] = OutcomeType#backdated-arrears "Backdated arrears paid"
* output[3].valueMoney.value = 1108.80
* output[3].valueMoney.currency = #GBP
* output[4].type.coding[0] = OutputType#outcome
* output[4].type.coding[1] = OutcomeType#eviction-prevented "Eviction prevented"
* output[4].valueBoolean = true
