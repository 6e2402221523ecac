// Building blocks of the welfare-needs checklist.
// DATA-DRIVEN NEEDS: an answerOption carrying indicates-need (valueCoding welfare-law-area) indicates a
// need in that area when chosen; indicates-urgency (valueCoding urgent-reason) makes the referral urgent.
// A partnership adapts the checklist by editing these extensions, not code.

RuleSet: Need(area)
* extension[+].url = "https://fhir.hjp-link.org.uk/StructureDefinition/indicates-need"
* extension[=].valueCoding = WelfareLawArea#{area}

RuleSet: Urgency(reason)
* extension[+].url = "https://fhir.hjp-link.org.uk/StructureDefinition/indicates-urgency"
* extension[=].valueCoding = UrgentReason#{reason}

RuleSet: Choice(linkId)
* linkId = "{linkId}"
* type = #choice
* required = false
* repeats = false

RuleSet: Help(linkId)
* linkId = "{linkId}"
* type = #display
* extension[+].url = $ItemControlExt
* extension[=].valueCodeableConcept = $QItemControl#help "Help-Button"

RuleSet: Group(linkId, area)
* linkId = "{linkId}"
* type = #group
* code = WelfareLawArea#{area}
