Instance: example-strain-intake
InstanceOf: HjpMeasureResponse
Usage: #example
Title: "Example: financial strain at intake"
* extension[timepoint].valueCoding = MeasureTimepoint#intake "At first contact"
* questionnaire = "https://fhir.hjp-link.org.uk/Questionnaire/measure-financial-strain|1.0.0"
* status = #completed
* basedOn = Reference(ServiceRequest/example-referral)
* subject = Reference(Patient/pat-001)
* authored = "2026-12-03T10:20:00Z"
* author = Reference(PractitionerRole/adviser)
* item[0].linkId = "financial-strain"
* item[0].answer[0].valueCoding = $LNC#LA15832-1 "Very hard"

Instance: example-wellbeing-intake
InstanceOf: HjpMeasureResponse
Usage: #example
Title: "Example: ONS4 wellbeing at intake"
* extension[timepoint].valueCoding = MeasureTimepoint#intake "At first contact"
* questionnaire = "https://fhir.hjp-link.org.uk/Questionnaire/measure-wellbeing-ons4|1.0.0"
* status = #completed
* basedOn = Reference(ServiceRequest/example-referral)
* subject = Reference(Patient/pat-001)
* authored = "2026-12-03T10:25:00Z"
* author = Reference(PractitionerRole/adviser)
* item[0].linkId = "life-satisfaction"
* item[0].answer[0].valueInteger = 3
* item[1].linkId = "worthwhile"
* item[1].answer[0].valueInteger = 5
* item[2].linkId = "happy-yesterday"
* item[2].answer[0].valueInteger = 4
* item[3].linkId = "anxious-yesterday"
* item[3].answer[0].valueInteger = 8
