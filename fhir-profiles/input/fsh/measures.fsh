// The before-and-after measures (evaluation.md "Before and after"), asked at first contact and
// again at closing. Answers are hjp-measure-response QuestionnaireResponses, basedOn the referral.

RuleSet: MeasureHeader(id, name, title)
* url = "https://fhir.hjp-link.org.uk/Questionnaire/{id}"
* version = "1.0.0"
* name = "{name}"
* title = "{title}"
* status = #active
* experimental = false
* subjectType = #Patient
* date = "2026-12-01"
* publisher = "HJP Link"

RuleSet: ZeroToTen(linkId)
* linkId = "{linkId}"
* type = #integer
* required = true
* extension[+].url = "http://hl7.org/fhir/StructureDefinition/minValue"
* extension[=].valueInteger = 0
* extension[+].url = "http://hl7.org/fhir/StructureDefinition/maxValue"
* extension[=].valueInteger = 10

Instance: measure-financial-strain
InstanceOf: Questionnaire
Usage: #definition
Title: "Financial strain (before and after)"
Description: "The welfare-needs checklist's financial-strain question (AHC HRSN, LOINC 76513-1 [V]), asked at first contact and at closing so the change can be reported. 'Medical care' is dropped for UK use [U]. Answer LA31980-8 'Not hard at all' [V]; the other two LOINC answer codes [U]."
* insert MeasureHeader(measure-financial-strain, FinancialStrainMeasure, Financial strain)
* item[+].linkId = "financial-strain"
* item[=].code = $LNC#76513-1 "How hard is it for you to pay for the very basics like food, housing, medical care, and heating?"
* item[=].text = "How hard is it for you to pay for the very basics like food, housing and heating?"
* item[=].type = #choice
* item[=].required = true
* item[=].repeats = false
* item[=].answerOption[+].valueCoding = $LNC#LA15832-1 "Very hard"
* item[=].answerOption[+].valueCoding = $LNC#LA14745-7 "Somewhat hard"
* item[=].answerOption[+].valueCoding = $LNC#LA31980-8 "Not hard at all"

// ONS4 personal wellbeing (Office for National Statistics). Free to use: Crown copyright under the
// Open Government Licence [U: confirm terms]. Wordings as commonly published by the ONS [U: check
// against the ONS harmonised standard]; not LOINC-coded here [U]. SWEMWBS was not chosen: it needs registration.
Instance: measure-wellbeing-ons4
InstanceOf: Questionnaire
Usage: #definition
Title: "Personal wellbeing, ONS4 (before and after)"
Description: "The four ONS personal wellbeing questions, each answered 0 (not at all) to 10 (completely), asked at first contact and at closing. Crown copyright, Open Government Licence [U: confirm terms]; wordings [U: check against the ONS harmonised standard]."
* insert MeasureHeader(measure-wellbeing-ons4, WellbeingOns4Measure, Personal wellbeing)
* title = "Personal wellbeing (ONS4)"
* item[+] insert ZeroToTen(life-satisfaction)
* item[=].text = "Overall, how satisfied are you with your life nowadays? (0 = not at all, 10 = completely)"
* item[+] insert ZeroToTen(worthwhile)
* item[=].text = "Overall, to what extent do you feel that the things you do in your life are worthwhile? (0 = not at all, 10 = completely)"
* item[+] insert ZeroToTen(happy-yesterday)
* item[=].text = "Overall, how happy did you feel yesterday? (0 = not at all, 10 = completely)"
* item[+] insert ZeroToTen(anxious-yesterday)
* item[=].text = "Overall, how anxious did you feel yesterday? (0 = not at all anxious, 10 = completely anxious)"
