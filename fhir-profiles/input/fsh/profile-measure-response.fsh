// A before-and-after measure answered by the client with the adviser (financial strain, wellbeing).

Invariant: hjp-meas-1
Description: "Answers one of the HJP measure Questionnaires (not the welfare-needs checklist)"
Severity: #error
Expression: "questionnaire.startsWith('https://fhir.hjp-link.org.uk/Questionnaire/measure-')"

Profile: HjpMeasureResponse
Parent: QuestionnaireResponse
Id: hjp-measure-response
Title: "HJP before-and-after measure response"
Description: "The client's answers to an HJP measure Questionnaire (measure-financial-strain or measure-wellbeing-ons4), asked at intake and again at closing, linked to the case (basedOn the referral) and recorded by the adviser."
* ^status = #active
* ^experimental = false
* obeys hjp-meas-1
* extension contains MeasureTimepointExt named timepoint 1..1 MS
* questionnaire 1..1 MS
* status MS
* status from MeasureResponseStatusVS (required)
* basedOn 1..1 MS
* basedOn only Reference(ServiceRequest)
* basedOn ^short = "The HJP referral (the case)"
* subject 1..1 MS
* subject only Reference(Patient)
* authored 1..1 MS
* author 1..1 MS
* author only Reference(PractitionerRole)
* item 1..* MS
