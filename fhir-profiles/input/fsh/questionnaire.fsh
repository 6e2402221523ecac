// The welfare-needs checklist. Sources per item are in comments: [V] seen in the source named,
// [P] partial/secondary, [U] unverified or own wording (see ../../README.md and
// /work/shared/design/welfare-domain.md section 1). LOINC answer codes not seen in a source are [U].
// Version 1.1.0 (plain UK English): every question is asked to the patient ("Do you…", one voice),
// none is negative, US words are gone ("mould", "insects", "cooker", "smoke alarms"), and each group's
// text is its area's one display name (CodeSystem welfare-law-area). Where a LOINC item or answer is
// reworded, its code stays and the wording is ours [U]. Each question carries SDC's shortText
// (http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-shortText), the words the needs
// summary shows beside the answer ("Behind with rent or bills: Yes"). Responses to 1.0.0 keep their
// own question text (QuestionnaireResponse.item.text), so they still read as they were answered.

Instance: welfare-needs-checklist
InstanceOf: Questionnaire
Usage: #definition
Title: "Welfare needs checklist"
Description: "A one-minute checklist for NHS staff to spot welfare-rights needs (benefits, debt, housing, employment, education, community care, immigration) and urgent risks, and to start a referral to the Health Justice Partnership's advice service. Answers that indicate a need or urgency carry the indicates-need / indicates-urgency extensions, so a partnership can adapt the checklist without code changes. Several item wordings are unverified [U]; see the fhir-profiles README."
* url = "https://fhir.hjp-link.org.uk/Questionnaire/welfare-needs-checklist"
* version = "1.1.0"
* name = "WelfareNeedsChecklist"
* title = "Welfare needs checklist"
* status = #active
* experimental = false
* subjectType = #Patient
* date = "2026-12-01"
* publisher = "HJP Link"

// ---- Urgent risks (asked first so they are never skipped) ----
* item[+].linkId = "urgent"
* item[=].type = #group
* item[=].text = "Is anything urgent?"
* item[=].item[+] insert Help(urgent-help)
* item[=].item[=].text = "Urgent problems need same-day or priority contact from the advice service: a possession notice, eviction or court date; no money for food or heating today; a threat to cut off gas, electricity or water; a deadline close by (a benefit decision can be challenged only within one month); or a risk to the patient's safety."
// [V] HPCDS on-the-day advice at possession hearings; own wording [U]
* item[=].item[+] insert Choice(urgent-eviction)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Eviction, court date or nowhere safe tonight"
* item[=].item[=].text = "Do you have an eviction, possession notice or court date, or nowhere safe to stay tonight?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(housing)
* item[=].item[=].answerOption[=] insert Urgency(eviction-or-court)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
// food crisis [P]; own wording [U]
* item[=].item[+] insert Choice(urgent-no-money)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Out of money for food or heating"
* item[=].item[=].text = "Have you run out of money for food or heating today?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(benefits)
* item[=].item[=].answerOption[=] insert Urgency(no-money-food-heating)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
// deadlines [P]; own wording [U]
* item[=].item[+] insert Choice(urgent-deadline)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Deadline in the next two weeks"
* item[=].item[=].text = "Do you have a deadline in the next two weeks, such as a benefit decision to challenge, a tribunal or a court date?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Urgency(imminent-deadline)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
* item[=].item[+].linkId = "urgent-deadline-date"
* item[=].item[=].type = #date
* item[=].item[=].text = "When is the deadline, if you know?"
* item[=].item[=].enableWhen[+].question = "urgent-deadline"
* item[=].item[=].enableWhen[=].operator = #=
* item[=].item[=].enableWhen[=].answerCoding = $LNC#LA33-6 "Yes"
// interpersonal safety: AHC/HITS codes exist (95618-5 ...) but this single question is own wording [U]
* item[=].item[+] insert Choice(urgent-safety)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Feels unsafe at home"
* item[=].item[=].text = "Do you feel unsafe at home or with anyone?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Urgency(safety)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"

// ---- Benefits and income ----
* item[+] insert Group(benefits, benefits)
* item[=].text = "Benefits and income"
* item[=].item[+] insert Help(benefits-help)
* item[=].item[=].text = "Benefits and income covers claiming and keeping welfare benefits: Universal Credit, PIP, Attendance Allowance, Carer's Allowance, Pension Credit, ESA and others, plus reconsiderations and appeals. Illness, disability, caring or a hospital stay often change what someone is entitled to; many people do not claim what they could."
// Brcic et al. 2011 (doi:10.1155/2011/812182) [V]
* item[=].item[+] insert Choice(benefits-ends-meet)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Hard to make ends meet"
* item[=].item[=].text = "Do you find it hard to make ends meet at the end of the month?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(benefits)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
// AHC HRSN LOINC 76513-1 [V]; "medical care" dropped for UK use [U]; LA31980-8 [V], other answer codes [U]
* item[=].item[+] insert Choice(benefits-basics)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Paying for food, housing and heating"
* item[=].item[=].code = $LNC#76513-1 "How hard is it for you to pay for the very basics like food, housing, medical care, and heating?"
* item[=].item[=].text = "How hard is it for you to pay for the very basics like food, housing and heating?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA15832-1 "Very hard"
* item[=].item[=].answerOption[=] insert Need(benefits)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA14745-7 "Somewhat hard"
* item[=].item[=].answerOption[=] insert Need(benefits)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA31980-8 "Not hard at all"
// own wording after NHS Health Scotland CARE approach [U wording / P approach]
* item[=].item[+] insert Choice(benefits-income-change)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Income changed by illness or caring"
* item[=].item[=].text = "Has illness or caring for someone changed your income?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(benefits)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"

// ---- Debt ----
* item[+] insert Group(debt, debt)
* item[=].text = "Debt"
* item[=].item[+] insert Help(debt-help)
* item[=].item[=].text = "Debt covers arrears (rent, council tax, energy, water), loans and credit cards, bailiffs and court action, and formal solutions such as a Debt Relief Order or Breathing Space. Advisers can stop enforcement and negotiate affordable payments; it is never too early to refer."
// NHSGGC Money Worries / Health Scotland routine enquiry [P: approach confirmed, wording not captured]
* item[=].item[+] insert Choice(debt-worries)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Worried about money or debt, or behind with bills"
* item[=].item[=].text = "Are you worried about money or debt, or behind with rent or bills?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(debt)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
// AHC LOINC 96779-4 [V]; answer codes [U]
* item[=].item[+] insert Choice(debt-utility-shutoff)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Gas, electricity or water cut off or threatened"
* item[=].item[=].code = $LNC#96779-4 "In the past 12 months has the electric, gas, oil, or water company threatened to shut off services in your home?"
* item[=].item[=].text = "In the past 12 months, has your gas, electricity, oil or water supplier threatened to cut off your supply?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(debt)
* item[=].item[=].answerOption[=] insert Urgency(utility-disconnection)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32002-0 "Already cut off"
* item[=].item[=].answerOption[=] insert Need(debt)
* item[=].item[=].answerOption[=] insert Urgency(utility-disconnection)
// Hunger Vital Sign LOINC 88122-7 / 88123-5 (panel 88121-9) [V]; shown when money is tight
* item[=].item[+] insert Choice(debt-food-worried)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Worried food would run out"
* item[=].item[=].code = $LNC#88122-7 "Within the past 12 months we worried whether our food would run out before we got money to buy more"
* item[=].item[=].text = "In the past 12 months, have you worried that your food would run out before you had money to buy more?"
* item[=].item[=].enableBehavior = #any
* item[=].item[=].enableWhen[+].question = "debt-worries"
* item[=].item[=].enableWhen[=].operator = #=
* item[=].item[=].enableWhen[=].answerCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].enableWhen[+].question = "benefits-ends-meet"
* item[=].item[=].enableWhen[=].operator = #=
* item[=].item[=].enableWhen[=].answerCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA28397-0 "Often"
* item[=].item[=].answerOption[=] insert Need(benefits)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA6729-3 "Sometimes"
* item[=].item[=].answerOption[=] insert Need(benefits)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA28398-8 "Never"
* item[=].item[+] insert Choice(debt-food-didnt-last)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Food ran out with no money for more"
* item[=].item[=].code = $LNC#88123-5 "Within the past 12 months the food we bought just didn't last and we didn't have money to get more"
* item[=].item[=].text = "In the past 12 months, has the food you bought run out before you had money to buy more?"
* item[=].item[=].enableBehavior = #any
* item[=].item[=].enableWhen[+].question = "debt-worries"
* item[=].item[=].enableWhen[=].operator = #=
* item[=].item[=].enableWhen[=].answerCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].enableWhen[+].question = "benefits-ends-meet"
* item[=].item[=].enableWhen[=].operator = #=
* item[=].item[=].enableWhen[=].answerCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA28397-0 "Often"
* item[=].item[=].answerOption[=] insert Need(benefits)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA6729-3 "Sometimes"
* item[=].item[=].answerOption[=] insert Need(benefits)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA28398-8 "Never"

// ---- Housing ----
* item[+] insert Group(housing, housing)
* item[=].text = "Housing"
* item[=].item[+] insert Help(housing-help)
* item[=].item[=].text = "Housing covers homelessness and the risk of it, rent arrears and possession claims, eviction, disrepair (damp, mould, leaks, no heating) and problems with a landlord or council. Early advice often prevents an eviction; court duty advisers help on the day of a hearing."
// AHC LOINC 71802-3 [V]; LA31993-1 [V], the other two answers [U]
* item[=].item[+] insert Choice(housing-situation)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Living situation"
* item[=].item[=].code = $LNC#71802-3 "Housing status"
* item[=].item[=].text = "Which of these best describes where you live today?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA31993-1 "I have a steady place to live"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA31994-9 "I have somewhere to live today, but I am worried about losing it"
* item[=].item[=].answerOption[=] insert Need(housing)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA31995-6 "I do not have a steady place to live"
* item[=].item[=].answerOption[=] insert Need(housing)
* item[=].item[=].answerOption[=] insert Urgency(eviction-or-court)
// own follow-up [U]: tenure tells the adviser which rules apply
* item[=].item[+] insert Choice(housing-tenure)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Type of home"
* item[=].item[=].text = "What kind of home do you live in?"
* item[=].item[=].enableWhen[+].question = "housing-situation"
* item[=].item[=].enableWhen[=].operator = #!=
* item[=].item[=].enableWhen[=].answerCoding = $LNC#LA31993-1 "I have a steady place to live"
* item[=].item[=].answerOption[+].valueString = "Council or housing association"
* item[=].item[=].answerOption[+].valueString = "Private rented"
* item[=].item[=].answerOption[+].valueString = "Owned or mortgaged"
* item[=].item[=].answerOption[+].valueString = "Staying with family or friends"
* item[=].item[=].answerOption[+].valueString = "Other"
// AHC LOINC 96778-6 [V]; LA31996-4, LA32000-4, LA32001-2 [V], other answers [U]; lead paint dropped for UK use
* item[=].item[+] insert Choice(housing-problems)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Problems with the home"
* item[=].item[=].code = $LNC#96778-6 "Problems with place where you live"
* item[=].item[=].text = "Do you have any of these problems where you live?"
* item[=].item[=].repeats = true
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA31996-4 "Pests, such as insects or mice"
* item[=].item[=].answerOption[=] insert Need(housing)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA28580-1 "Damp or mould"
* item[=].item[=].answerOption[=] insert Need(housing)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA31998-0 "Not enough heating"
* item[=].item[=].answerOption[=] insert Need(housing)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA31999-8 "Cooker not working"
* item[=].item[=].answerOption[=] insert Need(housing)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32000-4 "Smoke alarms missing or not working"
* item[=].item[=].answerOption[=] insert Need(housing)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32001-2 "Leaks"
* item[=].item[=].answerOption[=] insert Need(housing)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA9-3 "None of these"

// ---- Employment ----
* item[+] insert Group(employment, employment)
* item[=].text = "Employment"
* item[=].item[+] insert Help(employment-help)
* item[=].item[=].text = "Employment covers finding work, keeping a job through illness: statutory sick pay, reasonable adjustments, disability discrimination, dismissal and unpaid wages. Employment tribunal time limits are short (usually three months less a day)."
// AHC LOINC 96780-2 [V]
* item[=].item[+] insert Choice(employment-help-wanted)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Wants help finding or keeping work"
* item[=].item[=].code = $LNC#96780-2 "Wants help finding or keeping work or a job"
* item[=].item[=].text = "Would you like help finding work or keeping your job?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(employment)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
// UK addition [U]
* item[=].item[+] insert Choice(employment-health-problems)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Problems at work because of health"
* item[=].item[=].text = "Do you have problems at work because of your health, such as with sick pay, changes to your job or being dismissed?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(employment)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"

// ---- Education ----
* item[+] insert Group(education, education)
* item[=].text = "Education"
* item[=].item[+] insert Help(education-help)
* item[=].item[=].text = "Education covers a child's special educational needs support (SEN support, an EHC plan and its appeal), school exclusions, school transport, and access to education or training for adults."
// AHC LOINC 96782-8 [P: code seen only in third-party code lists]
* item[=].item[+] insert Choice(education-help-wanted)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Wants help with school or training"
* item[=].item[=].code = $LNC#96782-8 "Wants help with school or training"
* item[=].item[=].text = "Would you like help with school, college or training?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(education)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
// UK addition for SEN/exclusions [U]
* item[=].item[+] insert Choice(education-child-support)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Child needs support at school"
* item[=].item[=].text = "Does a child of yours need more support at school, or are they at risk of being excluded?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(education)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA4720-4 "I do not have a child at school"

// ---- Community care ----
* item[+] insert Group(community-care, community-care)
* item[=].text = "Care and support"
* item[=].item[+] insert Help(community-care-help)
* item[=].item[=].text = "Care and support covers help at home from the council: a needs assessment, a care package, carers' assessments, direct payments, and charging for care. Refer when someone struggles with daily living and is not getting the help they need, including on discharge from hospital."
// AHC supplemental item; wording seen in third-party repos, LOINC code not confirmed [P]
* item[=].item[+] insert Choice(community-care-daily-help)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Help with day-to-day activities"
* item[=].item[=].text = "Do you get the help you need with everyday activities, such as washing, making meals, shopping or managing money?"
* item[=].item[=].answerOption[+].valueString = "I do not need any help"
* item[=].item[=].answerOption[+].valueString = "I get all the help I need"
* item[=].item[=].answerOption[+].valueString = "I could use a little more help"
* item[=].item[=].answerOption[=] insert Need(community-care)
* item[=].item[=].answerOption[+].valueString = "I need a lot more help"
* item[=].item[=].answerOption[=] insert Need(community-care)

// ---- Immigration ----
* item[+] insert Group(immigration, immigration)
* item[=].text = "Immigration"
* item[=].item[+] insert Help(immigration-help)
* item[=].item[=].text = "Immigration covers a person's status and its effect on the right to work, rent, claim benefits and use the NHS (including NHS charging), and applications such as the EU Settlement Scheme. Advice must come from a regulated adviser: refer rather than advise."
// own wording, no validated item found [U]
* item[=].item[+] insert Choice(immigration-worries)
* item[=].item[=].extension[+].url = $SdcShortText
* item[=].item[=].extension[=].valueString = "Worried about immigration status"
* item[=].item[=].text = "Are you worried about your immigration status, or your right to work, rent a home or use the NHS?"
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA33-6 "Yes"
* item[=].item[=].answerOption[=] insert Need(immigration)
* item[=].item[=].answerOption[+].valueCoding = $LNC#LA32-8 "No"
