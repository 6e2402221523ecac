Instance: example-referral
InstanceOf: HjpReferral
Usage: #example
Title: "Example: urgent welfare-advice referral (benefits, housing)"
* identifier[0].system = "https://fhir.hjp-link.org.uk/Id/referral"
* identifier[0].value = "5f0c6f8e-3b7a-4c1e-9f58-2d7f7f1c9a01"
* status = #active
* intent = #order
* category = ReferralCategory#welfare-rights-advice "Welfare rights advice"
* code = $SCT#710910007 "Referral to legal service"
* subject = Reference(Patient/pat-001)
* requester = Reference(PractitionerRole/gp)
* performer = Reference(Organization/org-advice)
* authoredOn = "2026-11-20T10:20:00Z"
* reasonCode[0] = WelfareLawArea#benefits "Benefits and income"
* reasonCode[1] = WelfareLawArea#housing "Housing"
* priority = #urgent
* extension[urgentReason][0].valueCoding = UrgentReason#eviction-or-court
* extension[contactPreferences].extension[method][0].valueCoding = ContactMethod#phone
* extension[contactPreferences].extension[method][1].valueCoding = ContactMethod#text
* extension[contactPreferences].extension[safe-to-leave-message].valueBoolean = false
* extension[contactPreferences].extension[best-times].valueString = "Weekday mornings"
* extension[adviceMode].valueCoding = AdviceMode#face-to-face
* extension[interpreterLanguage].valueCodeableConcept = $BCP47#pl "Polish"
* extension[accessibilityNeeds].valueString = "Step-free access"
* note[0].text = "Possession hearing next week; PIP claim stopped after hospital stay."
* supportingInfo[0] = Reference(Consent/example-consent)
* supportingInfo[1] = Reference(QuestionnaireResponse/example-checklist-response)
