// Value sets: one per local code system (all codes), plus subsets of core code systems.

ValueSet: WelfareLawAreaVS
Id: welfare-law-area
Title: "Areas of welfare law"
Description: "All codes of the welfare-law-area code system."
* ^status = #active
* ^experimental = false
* include codes from system WelfareLawArea

ValueSet: UrgentReasonVS
Id: urgent-reason
Title: "Urgent reasons"
Description: "All codes of the urgent-reason code system."
* ^status = #active
* ^experimental = false
* include codes from system UrgentReason

ValueSet: AssistanceLevelVS
Id: assistance-level
Title: "Levels of assistance"
Description: "All codes of the assistance-level code system."
* ^status = #active
* ^experimental = false
* include codes from system AssistanceLevel

ValueSet: BusinessStageVS
Id: business-stage
Title: "Referral business stages"
Description: "All codes of the business-stage code system."
* ^status = #active
* ^experimental = false
* include codes from system BusinessStage

ValueSet: OutcomeTypeVS
Id: outcome-type
Title: "Outcomes of welfare advice"
Description: "All codes of the outcome-type code system."
* ^status = #active
* ^experimental = false
* include codes from system OutcomeType

ValueSet: OutputTypeVS
Id: output-type
Title: "Referral task output types"
Description: "All codes of the output-type code system."
* ^status = #active
* ^experimental = false
* include codes from system OutputType

ValueSet: ConsentCoverageVS
Id: consent-coverage
Title: "Consent coverage"
Description: "All codes of the consent-coverage code system."
* ^status = #active
* ^experimental = false
* include codes from system ConsentCoverage

ValueSet: ConsentMethodVS
Id: consent-method
Title: "Consent method"
Description: "All codes of the consent-method code system."
* ^status = #active
* ^experimental = false
* include codes from system ConsentMethod

ValueSet: AdviceModeVS
Id: advice-mode
Title: "Preferred mode of advice"
Description: "All codes of the advice-mode code system."
* ^status = #active
* ^experimental = false
* include codes from system AdviceMode

ValueSet: ContactMethodVS
Id: contact-method
Title: "Contact method"
Description: "All codes of the contact-method code system."
* ^status = #active
* ^experimental = false
* include codes from system ContactMethod

ValueSet: CommunicationCategoryVS
Id: communication-category
Title: "Message category"
Description: "All codes of the communication-category code system."
* ^status = #active
* ^experimental = false
* include codes from system CommunicationCategory

ValueSet: ReferralCategoryVS
Id: referral-category
Title: "Referral category"
Description: "All codes of the referral-category code system."
* ^status = #active
* ^experimental = false
* include codes from system ReferralCategory

ValueSet: TaskTypeVS
Id: task-type
Title: "HJP task types"
Description: "All codes of the task-type code system."
* ^status = #active
* ^experimental = false
* include codes from system TaskType

ValueSet: UserRoleVS
Id: user-role
Title: "HJP Link user roles"
Description: "All codes of the user-role code system."
* ^status = #active
* ^experimental = false
* include codes from system UserRole

ValueSet: ReferralTaskStatusVS
Id: referral-task-status
Title: "Referral task status"
Description: "Statuses of an HJP referral Task: as SDOHCC-ValueSetReferralTaskStatus (SDOH Clinical Care STU3), all TaskStatus codes except ready and received."
* ^status = #active
* ^experimental = false
* $TaskStatus#draft
* $TaskStatus#requested
* $TaskStatus#accepted
* $TaskStatus#rejected
* $TaskStatus#cancelled
* $TaskStatus#in-progress
* $TaskStatus#on-hold
* $TaskStatus#failed
* $TaskStatus#completed
* $TaskStatus#entered-in-error

ValueSet: EvidenceRequestStatusVS
Id: evidence-request-status
Title: "Evidence request status"
Description: "Statuses of a medical-evidence request Task."
* ^status = #active
* ^experimental = false
* $TaskStatus#requested
* $TaskStatus#in-progress
* $TaskStatus#completed
* $TaskStatus#cancelled
* $TaskStatus#entered-in-error

ValueSet: ReferralStatusVS
Id: referral-status
Title: "Referral status"
Description: "Statuses of an HJP referral (ServiceRequest): active, revoked (cancelled, as in BaRS), completed, entered-in-error."
* ^status = #active
* ^experimental = false
* $RequestStatus#active
* $RequestStatus#revoked
* $RequestStatus#completed
* $RequestStatus#entered-in-error

ValueSet: ReferralPriorityVS
Id: referral-priority
Title: "Referral priority"
Description: "routine or urgent (as SDOHCC Task for patient)."
* ^status = #active
* ^experimental = false
* $RequestPriority#routine
* $RequestPriority#urgent

ValueSet: MessageStatusVS
Id: message-status
Title: "Message status"
Description: "Statuses of an HJP message (Communication): completed, or entered-in-error to withdraw a mistaken one."
* ^status = #active
* ^experimental = false
* $EventStatus#completed
* $EventStatus#entered-in-error

ValueSet: ConsentCategoryVS
Id: consent-category
Title: "HJP consent category"
Description: "v3-ActCode IDSCL (information disclosure), as SDOHCC Consent's category slice."
* ^status = #active
* ^experimental = false
* $ActCode#IDSCL

ValueSet: UkBenefitVS
Id: uk-benefit
Title: "UK benefits and payments"
Description: "All codes of the uk-benefit code system."
* ^status = #active
* ^experimental = false
* include codes from system UkBenefit

ValueSet: MeasureTimepointVS
Id: measure-timepoint
Title: "Measure timepoint"
Description: "All codes of the measure-timepoint code system."
* ^status = #active
* ^experimental = false
* include codes from system MeasureTimepoint

ValueSet: AppointmentModeVS
Id: appointment-mode
Title: "Appointment mode"
Description: "How an advice appointment takes place: face to face, by phone or by video. Codes from the HL7 v3 ParticipationMode code system (FACE, PHONE, VIDEOCONF), so no local code is needed."
* ^status = #active
* ^experimental = false
* $ParticipationMode#FACE "face-to-face"
* $ParticipationMode#PHONE "telephone"
* $ParticipationMode#VIDEOCONF "videoconferencing"

ValueSet: CaseNoteCategoryVS
Id: case-note-category
Title: "Case note category"
Description: "The one category of an internal case note: communication-category#internal-note."
* ^status = #active
* ^experimental = false
* CommunicationCategory#internal-note

ValueSet: MeasureResponseStatusVS
Id: measure-response-status
Title: "Measure response status"
Description: "QuestionnaireResponse statuses of a before-and-after measure: completed, amended, entered-in-error."
* ^status = #active
* ^experimental = false
* http://hl7.org/fhir/questionnaire-answers-status#completed
* http://hl7.org/fhir/questionnaire-answers-status#amended
* http://hl7.org/fhir/questionnaire-answers-status#entered-in-error

ValueSet: TaskStatusReasonVS
Id: task-status-reason
Title: "Referral Task status reasons"
Description: "All codes of the task-status-reason code system."
* ^status = #active
* ^experimental = false
* include codes from system TaskStatusReason

ValueSet: ReportDocumentTypeVS
Id: report-document-type
Title: "Report document type"
Description: "All codes of the report-document-type code system."
* ^status = #active
* ^experimental = false
* include codes from system ReportDocumentType

ValueSet: ReportSectionVS
Id: report-section
Title: "Report section"
Description: "All codes of the report-section code system."
* ^status = #active
* ^experimental = false
* include codes from system ReportSection
