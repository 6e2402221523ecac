// Extensions. URLs are ${canonical}/StructureDefinition/<id> (EXTENSION in src/terminology.ts).

RuleSet: LocalExtension
* ^status = #active
* ^experimental = false
* ^publisher = "HJP Link"

Extension: UrgentReasonExt
Id: urgent-reason
Title: "Urgent reason"
Description: "Why the referral is urgent (repeat for several reasons). Only with priority urgent (invariant hjp-ref-2)."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "ServiceRequest"
* value[x] 1..1
* value[x] only Coding
* valueCoding from UrgentReasonVS (required)

Extension: ContactPreferences
Id: contact-preferences
Title: "Contact preferences"
Description: "How the advice service may contact the client: methods, whether it is safe to leave a message, best times, and the phone number, email address and postal address to use for this referral (confirmed or corrected by the referrer from the Patient record; the record itself is not changed)."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "ServiceRequest"
* extension contains method 0..* and safe-to-leave-message 0..1 and best-times 0..1 and phone 0..1 and email 0..1 and address 0..1
* extension[method].value[x] 1..1
* extension[method].value[x] only Coding
* extension[method].valueCoding from ContactMethodVS (required)
* extension[safe-to-leave-message].value[x] 1..1
* extension[safe-to-leave-message].value[x] only boolean
* extension[best-times].value[x] 1..1
* extension[best-times].value[x] only string
* extension[phone].value[x] 1..1
* extension[phone].value[x] only string
* extension[email].value[x] 1..1
* extension[email].value[x] only string
* extension[address].value[x] 1..1
* extension[address].value[x] only Address

Extension: AdviceModeExt
Id: advice-mode
Title: "Preferred mode of advice"
Description: "Face to face, remote or hybrid."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "ServiceRequest"
* value[x] 1..1
* value[x] only Coding
* valueCoding from AdviceModeVS (required)

Extension: InterpreterLanguage
Id: interpreter-language
Title: "Interpreter language"
Description: "The language an interpreter is needed for (BCP-47 code, e.g. urn:ietf:bcp:47#pl)."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "ServiceRequest"
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from $Languages (preferred)

Extension: AccessibilityNeeds
Id: accessibility-needs
Title: "Accessibility needs"
Description: "Free-text accessibility or communication needs (e.g. large print, step-free access, BSL)."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "ServiceRequest"
* value[x] 1..1
* value[x] only string

Extension: ConsentRecordedBy
Id: consent-recorded-by
Title: "Consent recorded by"
Description: "The member of staff (PractitionerRole) who recorded the consent."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "Consent"
* value[x] 1..1
* value[x] only Reference(PractitionerRole)

Extension: ConsentMethodExt
Id: consent-method
Title: "Consent method"
Description: "How consent was given: verbal or written."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "Consent"
* value[x] 1..1
* value[x] only Coding
* valueCoding from ConsentMethodVS (required)

Extension: OutcomeBenefit
Id: outcome-benefit
Title: "Outcome benefit"
Description: "The benefit an outcome is about, from the uk-benefit value set (extensible: code 'other' or another coding with text when none fits). No national UK benefit code system was found [U]."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "Task.output"
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from UkBenefitVS (extensible)

Extension: OutcomeWeeklyAmount
Id: outcome-weekly-amount
Title: "Outcome weekly amount"
Description: "The weekly amount of an ongoing award (GBP); the output value is the annualised gain (weekly x 52, capped at the award length)."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "Task.output"
* value[x] 1..1
* value[x] only Money

Extension: IndicatesNeed
Id: indicates-need
Title: "Indicates welfare need"
Description: "On a welfare-needs checklist answerOption (or on a boolean item, meaning the answer true): choosing it indicates a need in this area of welfare law. Repeat for several areas. Lets a partnership adapt the checklist without code changes."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "Questionnaire.item.answerOption"
* ^context[+].type = #element
* ^context[=].expression = "Questionnaire.item"
* value[x] 1..1
* value[x] only Coding
* valueCoding from WelfareLawAreaVS (required)

Extension: IndicatesUrgency
Id: indicates-urgency
Title: "Indicates urgency"
Description: "On a welfare-needs checklist answerOption (or on a boolean item, meaning the answer true): choosing it makes the referral urgent for this reason."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "Questionnaire.item.answerOption"
* ^context[+].type = #element
* ^context[=].expression = "Questionnaire.item"
* value[x] 1..1
* value[x] only Coding
* valueCoding from UrgentReasonVS (required)

Extension: AppointmentModeExt
Id: appointment-mode
Title: "Appointment mode"
Description: "How the appointment takes place: face to face, phone or video (HL7 v3 ParticipationMode). R4 Appointment has no element for this (R5 adds virtualService)."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "Appointment"
* value[x] 1..1
* value[x] only Coding
* valueCoding from AppointmentModeVS (required)

Extension: MeasureTimepointExt
Id: measure-timepoint
Title: "Measure timepoint"
Description: "Whether a before-and-after measure was asked at intake (first contact) or at closing."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "QuestionnaireResponse"
* value[x] 1..1
* value[x] only Coding
* valueCoding from MeasureTimepointVS (required)

Extension: CaseOwnerExt
Id: case-owner
Title: "Case owner"
Description: "The adviser (a PractitionerRole of the advice organisation that owns the Task) who has the case. Task.owner stays the organisation: the access model, the referrer's view and the evaluation all rely on it, and R4 Task has no other element for an assignee within the owner (R5's requestedPerformer is not in R4). No extension means unassigned. The record refuses an owner outside the organisation. [U] own design."
* insert LocalExtension
* ^context[+].type = #element
* ^context[=].expression = "Task"
* value[x] 1..1
* value[x] only Reference(PractitionerRole)
