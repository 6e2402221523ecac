// An internal case note: a Communication the advice organisation keeps on its case, addressed to
// itself, never sent. The sandbox lets only the advice organisation that owns the case read or
// write it (never a clinician, also not through _revinclude, search, counts or history).

Profile: HjpCaseNote
Parent: Communication
Id: hjp-case-note
Title: "HJP internal case note"
Description: "A note an adviser keeps on a case, readable only by the advice organisation. A Communication with category communication-category#internal-note, about the referral Task, basedOn the referral, sent by the adviser and addressed to the advice organisation itself."
* ^status = #active
* ^experimental = false
* status MS
* status from MessageStatusVS (required)
* category 1..1 MS
* category from CaseNoteCategoryVS (required)
* category ^short = "communication-category#internal-note (a one-code value set rather than a pattern, as in hjp-referral)"
* subject 1..1 MS
* subject only Reference(Patient)
* about 1..1 MS
* about only Reference(Task)
* basedOn 1..1 MS
* basedOn only Reference(ServiceRequest)
* sender 1..1 MS
* sender only Reference(PractitionerRole)
* recipient 1..1 MS
* recipient only Reference(Organization)
* recipient ^short = "The advice organisation itself"
* sent 1..1 MS
* payload 1..1 MS
* payload.content[x] only string
