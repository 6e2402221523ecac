Invariant: hjp-evid-1
Description: "A completed evidence request has an output referencing the answering Communication"
Severity: #error
Expression: "status = 'completed' implies output.where(type.coding.where(code = 'evidence-response').exists() and value.ofType(Reference).exists()).exists()"

Profile: HjpEvidenceRequest
Parent: Task
Id: hjp-evidence-request
Title: "HJP medical-evidence request"
Description: "The adviser asks the referrer for medical evidence: owned by the referrer, part of the referral Task, answered by an HJP message (Communication, category evidence)."
* ^status = #active
* ^experimental = false
* obeys hjp-evid-1
* status MS
* status from EvidenceRequestStatusVS (required)
* intent MS
* intent = #order
* code 1..1 MS
* code = TaskType#medical-evidence
* focus 1..1 MS
* focus only Reference(ServiceRequest)
* partOf 1..1 MS
* partOf only Reference(Task)
* for 1..1 MS
* for only Reference(Patient)
* authoredOn 1..1 MS
* requester 1..1 MS
* requester only Reference(PractitionerRole)
* owner 1..1 MS
* owner only Reference(PractitionerRole)
* description 1..1 MS
* restriction 1..1 MS
* restriction.period 1..1 MS
* restriction.period.end 1..1 MS
* restriction.period.end ^short = "Due date"
* output MS
* output.type from OutputTypeVS (required)
