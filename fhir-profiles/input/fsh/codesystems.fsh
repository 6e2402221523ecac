// Local code systems. Every code here must also be in fhir-profiles/src/code-systems.ts (a test ties them).
// Status markers: [V] seen in the source named, [P] partial or secondary source, [U] unverified / own wording.

RuleSet: LocalCodeSystem
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "HJP Link"

CodeSystem: WelfareLawArea
Id: welfare-law-area
Title: "Areas of welfare law"
Description: "The seven areas of welfare law of a Health Justice Partnership, as defined by UCL (About Health Justice Partnerships) [V]. Local codes; the Legal Aid Agency and CLA category lists use similar names (benefits, debt, housing, employment, education, commcare, immigration) [V]."
* insert LocalCodeSystem
* #benefits "Benefits and income" "Entitlement to and problems with welfare benefits, tax credits and other income (e.g. Universal Credit, PIP, Attendance Allowance, Pension Credit), including claims, reconsiderations and appeals."
* #debt "Debt" "Problem debt, arrears (rent, council tax, utilities), creditor action, and formal debt solutions (Debt Relief Order, bankruptcy, Breathing Space)."
* #housing "Housing" "Homelessness, possession and eviction, disrepair, tenancy problems and housing allocation."
* #employment "Employment" "Finding or keeping work, sick pay, dismissal, and reasonable adjustments because of health."
* #education "Education" "Special educational needs support (SEN, EHCP), school exclusions, and access to education or training."
* #community-care "Care and support" "Social care assessments, care packages and support with day-to-day living from the local authority."
* #immigration "Immigration" "Immigration status, and the right to work, rent, claim benefits or use the NHS."

CodeSystem: UrgentReason
Id: urgent-reason
Title: "Urgent reasons"
Description: "Why a welfare-advice referral needs same-day or priority contact. Local codes drawn from the urgent-risk flags in the design notes: homelessness/eviction (HPCDS) [V], utility shut-off (AHC 96779-4) [V], food crisis [P], deadlines such as mandatory reconsideration or Breathing Space [P], interpersonal safety (thresholds [U])."
* insert LocalCodeSystem
* #eviction-or-court "Homelessness, eviction, possession notice or court date" "No steady place to live, or a possession notice, eviction or court hearing."
* #no-money-food-heating "No money for food or heating now" "No money for food or heating at the moment."
* #utility-disconnection "Utility disconnection threatened" "The electricity, gas, oil or water supplier has threatened to cut off, or has cut off, the supply."
* #imminent-deadline "Imminent deadline (e.g. reconsideration, tribunal)" "A deadline is close, e.g. the one-month mandatory reconsideration limit, a tribunal date, or a Breathing Space."
* #safety "Personal safety concern" "The person feels unsafe at home or with someone."

CodeSystem: AssistanceLevel
Id: assistance-level
Title: "Levels of assistance"
Description: "The level of assistance the advice service gave. Local codes after the AQS levels (Advice Only / Advice with Casework) [V] and the Scottish SNSIAP types I-II [V] (type III representation [U])."
* insert LocalCodeSystem
* #information-signposting "Information and signposting" "Active information, signposting and explanation (SNSIAP type I)."
* #advice "Advice" "Diagnosis, explanation of options and basic help such as forms; the client keeps responsibility for further action (AQS Advice Only)."
* #advice-with-casework "Advice with casework" "The adviser acts on the client's behalf, including negotiation and advocacy with third parties (AQS Casework, SNSIAP type II)."
* #specialist-representation "Specialist casework and representation" "Specialist casework and representation at tribunal or court."

CodeSystem: BusinessStage
Id: business-stage
Title: "Referral business stages"
Description: "The partnership's stages of a referral at the advice service (Task.businessStatus). Local codes [U]; a partnership may adapt them."
* insert LocalCodeSystem
* #awaiting-contact "Awaiting first contact" "Accepted; the service has not yet reached the client."
* #contacted "Client contacted" "The service has spoken to the client."
* #advice-given "Advice given" "Advice has been given."
* #casework "Casework in progress" "The service is acting for the client."
* #awaiting-decision "Awaiting a decision" "Waiting for a decision (e.g. DWP, council, creditor)."
* #appeal-tribunal "Appeal or tribunal" "A reconsideration, appeal or tribunal is under way."
* #closed "Case closed" "The case is closed."

CodeSystem: OutcomeType
Id: outcome-type
Title: "Outcomes of welfare advice"
Description: "Outcomes recorded on the referral Task outputs. Financial gains: ongoing awards annualised (weekly amount x 52, capped at the award length; S5W-15746 [V], Citizens Advice practice [P]); arrears and one-off payments recorded separately [V]. Debt written off / managed [V]. Eviction prevented [P]. Other non-financial outcomes [U]."
* insert LocalCodeSystem
* #benefit-awarded "New benefit awarded" "A new benefit was awarded; value = annualised gain (GBP)."
* #benefit-increased "Existing benefit increased" "An existing award was increased; value = annualised additional amount (GBP)."
* #backdated-arrears "Backdated arrears paid" "Backdated arrears paid; value = the one-off amount (GBP)."
* #one-off-payment "One-off grant or payment" "Charitable grant, local welfare assistance, Discretionary Housing Payment, etc.; value = the amount (GBP)."
* #reconsideration-success "Mandatory reconsideration successful" "A mandatory reconsideration changed the decision."
* #appeal-success "Appeal successful" "An appeal or tribunal succeeded."
* #sanction-overturned "Sanction overturned" "A benefit sanction was overturned."
* #debt-written-off "Debt written off" "Debt written off; value = amount (GBP)."
* #debt-managed "Debt managed" "Debt brought under a managed arrangement; value = amount (GBP)."
* #debt-solution "Formal debt solution in place" "Debt Relief Order, bankruptcy or Breathing Space in place [P]."
* #eviction-prevented "Eviction prevented" "Possession or eviction was prevented [P]."
* #rehoused "Rehoused" "The client was rehoused [U]."
* #repairs-done "Housing repairs done" "Disrepair was put right [U]."
* #employment-retained "Employment retained or settled" "Employment kept, or the dispute settled [U]."
* #education-support-secured "Education support secured" "SEN support, EHCP or reinstatement secured [U]."
* #community-care-package "Community care assessment or package secured" "Assessment or care package secured [U]."
* #immigration-status-resolved "Immigration status resolved" "Status or right to work/rent confirmed [U]."
* #referred-on "Referred on to another service" "Referred on to a specialist or other service [U]."

CodeSystem: OutputType
Id: output-type
Title: "Referral task output types"
Description: "What a Task.output entry records. Local codes."
* insert LocalCodeSystem
* #assistance-level "Level of assistance" "valueCodeableConcept from the assistance-level code system."
* #advice-sessions "Number of advice sessions" "valueInteger."
* #outcome "Outcome of advice" "An outcome; Task.output.type also carries an outcome-type coding; value Money (GBP), boolean or CodeableConcept."
* #evidence-response "Communication answering an evidence request" "valueReference to the answering Communication (evidence-request Task)."

CodeSystem: ConsentCoverage
Id: consent-coverage
Title: "Consent coverage"
Description: "What a patient's consent to share with the advice service covers (nested Consent.provision.code). Local codes."
* insert LocalCodeSystem
* #referral-details "Sharing referral details with the advice service" "Name, contact details and the welfare needs in the referral."
* #medical-evidence "Sharing medical evidence with the advice service" "Medical evidence (e.g. for a benefit claim or appeal) from the patient's record."
* #case-study "Using the story of the case, without identifying details, as a case study in the partnership’s reports" "The client agrees that the adviser writes up their case, without identifying details, for the partnership's reports to funders (recorded by the adviser)."

CodeSystem: ConsentMethod
Id: consent-method
Title: "Consent method"
Description: "How consent was given. Local codes."
* insert LocalCodeSystem
* #verbal "Verbal consent" "Given verbally to the member of staff, who recorded it."
* #written "Written consent" "Given in writing (paper or electronic signature)."

CodeSystem: AdviceMode
Id: advice-mode
Title: "Preferred mode of advice"
Description: "How the client prefers to receive advice. Local codes."
* insert LocalCodeSystem
* #face-to-face "Face to face" "In person."
* #remote "Remote (phone or video)" "By phone or video."
* #hybrid "Hybrid" "A mix of in-person and remote."

CodeSystem: ContactMethod
Id: contact-method
Title: "Contact method"
Description: "How the advice service may contact the client. Local codes."
* insert LocalCodeSystem
* #phone "Phone call" "Phone call."
* #text "Text message" "SMS text message."
* #email "Email" "Email."
* #letter "Letter" "Letter by post."

CodeSystem: CommunicationCategory
Id: communication-category
Title: "Message category"
Description: "Category of an HJP message (Communication). Local codes."
* insert LocalCodeSystem
* #message "Message" "A free-text message between referrer and adviser."
* #evidence "Medical evidence" "Medical evidence answering an evidence request."
* #outcome-feedback "Outcome feedback" "Feedback to the referrer about the outcome of advice."
* #internal-note "Internal case note" "A note the advice organisation keeps on its case; never shown to the referrer or any clinician (hjp-case-note)."

CodeSystem: ReferralCategory
Id: referral-category
Title: "Referral category"
Description: "Category of an HJP referral (ServiceRequest.category). Local code: no SNOMED CT concept for welfare rights advice was found [U]."
* insert LocalCodeSystem
* #welfare-rights-advice "Welfare rights advice" "Referral to a welfare rights advice service in a Health Justice Partnership."

CodeSystem: TaskType
Id: task-type
Title: "HJP task types"
Description: "Task.code for HJP tasks other than the referral Task (which uses task-code#fulfill). Local codes."
* insert LocalCodeSystem
* #medical-evidence "Medical evidence request" "The adviser asks the referrer for medical evidence."

CodeSystem: UserRole
Id: user-role
Title: "HJP Link user roles"
Description: "The app role of a user, on PractitionerRole.code. Local codes."
* insert LocalCodeSystem
* #gp "General practitioner" "GP at a partner practice."
* #ward-nurse "Hospital ward nurse" "Nurse on a hospital ward."
* #adviser "Welfare rights adviser" "Adviser at the advice service."
* #lead "Partnership lead" "Lead of the Health Justice Partnership (reporting)."

CodeSystem: UkBenefit
Id: uk-benefit
Title: "UK benefits and payments"
Description: "Benefits and payments an advice outcome can be about. No national code system for UK benefits was found [U], so these are local codes. The list follows the design notes (welfare-domain.md section 3), which are general knowledge [U] except the Universal Credit elements and PIP rates quoted there from CPAG and rightsnet [V]. 'other' keeps free text possible."
* insert LocalCodeSystem
* #universal-credit "Universal Credit" "Universal Credit (monthly), when no single element is meant."
* #uc-standard-allowance "Universal Credit: standard allowance" "The standard allowance of Universal Credit."
* #uc-lcwra "Universal Credit: LCWRA element" "The limited capability for work and work-related activity element of Universal Credit."
* #uc-housing "Universal Credit: housing element" "The housing costs element of Universal Credit."
* #uc-child "Universal Credit: child element" "The child element of Universal Credit."
* #uc-carer "Universal Credit: carer element" "The carer element of Universal Credit."
* #pip-daily-living-standard "PIP daily living (standard rate)" "Personal Independence Payment, daily living component, standard rate."
* #pip-daily-living-enhanced "PIP daily living (enhanced rate)" "Personal Independence Payment, daily living component, enhanced rate."
* #pip-mobility-standard "PIP mobility (standard rate)" "Personal Independence Payment, mobility component, standard rate."
* #pip-mobility-enhanced "PIP mobility (enhanced rate)" "Personal Independence Payment, mobility component, enhanced rate."
* #attendance-allowance-lower "Attendance Allowance (lower rate)" "Attendance Allowance, lower rate."
* #attendance-allowance-higher "Attendance Allowance (higher rate)" "Attendance Allowance, higher rate."
* #dla-child "Disability Living Allowance (children)" "Disability Living Allowance for a child (care and mobility components)."
* #carers-allowance "Carer's Allowance" "Carer's Allowance."
* #esa-new-style "New style Employment and Support Allowance" "Contribution-based (new style) ESA."
* #jsa-new-style "New style Jobseeker's Allowance" "Contribution-based (new style) JSA."
* #pension-credit-guarantee "Pension Credit (guarantee credit)" "Pension Credit, guarantee credit."
* #pension-credit-savings "Pension Credit (savings credit)" "Pension Credit, savings credit."
* #housing-benefit "Housing Benefit" "Housing Benefit (pensioners and supported housing)."
* #council-tax-reduction "Council Tax Reduction" "Council Tax Reduction (council tax support) from the local authority."
* #child-benefit "Child Benefit" "Child Benefit."
* #tax-credits "Tax credits (legacy)" "Child Tax Credit or Working Tax Credit (legacy benefits)."
* #state-pension "State Pension" "State Pension."
* #statutory-sick-pay "Statutory Sick Pay" "Statutory Sick Pay from the employer."
* #sure-start-maternity-grant "Sure Start Maternity Grant" "Sure Start Maternity Grant."
* #funeral-expenses-payment "Funeral Expenses Payment" "Funeral Expenses Payment."
* #budgeting-loan-advance "Budgeting loan or advance" "A budgeting loan or a Universal Credit budgeting advance."
* #discretionary-housing-payment "Discretionary Housing Payment" "Discretionary Housing Payment from the local authority."
* #local-welfare-assistance "Local welfare assistance" "Local welfare assistance (crisis or community support) from the local authority."
* #nhs-low-income-scheme "NHS Low Income Scheme (HC2/HC3)" "Help with health costs through the NHS Low Income Scheme."
* #healthy-start "Healthy Start" "Healthy Start vouchers or card."
* #warm-home-discount "Warm Home Discount" "Warm Home Discount."
* #adult-disability-payment "Adult Disability Payment (Scotland)" "Adult Disability Payment, Social Security Scotland."
* #child-disability-payment "Child Disability Payment (Scotland)" "Child Disability Payment, Social Security Scotland."
* #scottish-child-payment "Scottish Child Payment" "Scottish Child Payment, Social Security Scotland."
* #best-start-grant "Best Start Grant (Scotland)" "Best Start Grant or Best Start Foods, Social Security Scotland."
* #other "Other benefit or payment" "Another benefit or payment: say which in the text."

CodeSystem: MeasureTimepoint
Id: measure-timepoint
Title: "Measure timepoint"
Description: "When a before-and-after measure was asked: at first contact (intake) or at closing. Local codes."
* insert LocalCodeSystem
* #intake "At first contact" "Asked at first contact, before advice."
* #closing "At closing" "Asked again when the case closes."

CodeSystem: TaskStatusReason
Id: task-status-reason
Title: "Referral Task status reasons"
Description: "Coded reasons a referral Task closes, beside Task.statusReason.text (which hjp-task-1 requires). Local codes [U]."
* insert LocalCodeSystem
* #duplicate "Duplicate referral" "Another open referral for the same patient covers it: that case continues, this one closes."

CodeSystem: ReportDocumentType
Id: report-document-type
Title: "Report document type"
Description: "The kinds of document a Health Justice Partnership writes about its work: the lead's narrative of the funder report for a period, and an adviser's anonymised case study. Local codes [U]."
* insert LocalCodeSystem
* #funder-report "Funder report narrative" "The partnership lead's narrative sections of the funder report for one reporting period."
* #case-study "Case study" "An adviser's account of a closed case, without identifying details, written with the client's consent."

CodeSystem: ReportSection
Id: report-section
Title: "Report section"
Description: "The sections of the funder report (evaluation.md: about the partnership, activity, outcomes, equity, before and after, case studies, methods and caveats) and the one section of a case study. Local codes [U]."
* insert LocalCodeSystem
* #about "About the partnership" "How the partnership is designed (the guide's taxonomy) and funded."
* #activity "Activity" "Screening, referrals and casework in the period."
* #outcomes "Outcomes" "What clients gained, financial and other."
* #equity "Equity" "Who the partnership reached."
* #before-after "Before and after" "Measures at intake and closing; health-service use before and after referral."
* #case-studies "Case studies" "Introduction to the case studies."
* #methods "Methods and caveats" "How the figures were made and what they cannot show."
* #story "The story of the case" "A case study's text."
