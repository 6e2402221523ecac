// An advice appointment: base R4 Appointment (SDOHCC has no Appointment profile; UK Core Appointment
// is not used as a base here, to keep the package dependency-free). Times are instants (UTC or with
// offset); the app shows them in Europe/London.

Invariant: hjp-appt-1
Description: "Exactly one participant is the patient"
Severity: #error
Expression: "participant.where(actor.reference.startsWith('Patient/')).count() = 1"

Invariant: hjp-appt-2
Description: "A participant is the adviser (PractitionerRole)"
Severity: #error
Expression: "participant.where(actor.reference.startsWith('PractitionerRole/')).exists()"

Invariant: hjp-appt-3
Description: "A face-to-face appointment names its place (a Location participant)"
Severity: #error
Expression: "extension.where(url = 'https://fhir.hjp-link.org.uk/StructureDefinition/appointment-mode' and value.code = 'FACE').exists() implies participant.where(actor.reference.startsWith('Location/')).exists()"

Invariant: hjp-appt-4
Description: "The appointment ends after it starts"
Severity: #error
Expression: "end > start"

Profile: HjpAppointment
Parent: Appointment
Id: hjp-appointment
Title: "HJP advice appointment"
Description: "An appointment the adviser books with the client for a referral: basedOn the referral, the patient and the adviser's PractitionerRole as participants (plus a Location when face to face), start and end as instants, and the mode (face to face, phone, video; HL7 v3 ParticipationMode). The referrer's timeline shows it; the first one is first contact for evaluation."
* ^status = #active
* ^experimental = false
* obeys hjp-appt-1 and hjp-appt-2 and hjp-appt-3 and hjp-appt-4
* extension contains AppointmentModeExt named mode 1..1 MS
* status MS
* basedOn 1..1 MS
* basedOn only Reference(ServiceRequest)
* basedOn ^short = "The HJP referral"
* start 1..1 MS
* end 1..1 MS
* description MS
* description ^short = "Short, non-clinical (e.g. 'First appointment: benefits check')"
* participant 2..* MS
* participant.actor 1..1 MS
* participant.actor only Reference(Patient or PractitionerRole or Location)
* participant.status MS
