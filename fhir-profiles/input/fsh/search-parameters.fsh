// Search parameters the app needs that base R4 lacks.

Instance: servicerequest-reason-code
InstanceOf: SearchParameter
Usage: #definition
Title: "ServiceRequest reason code"
Description: "Search referrals by their reasons: for HJP referrals, the areas of welfare law (R4 has no ServiceRequest search parameter on reasonCode). The adviser's caseload filters by area with the chain focus:ServiceRequest.reason-code."
* url = "https://fhir.hjp-link.org.uk/SearchParameter/servicerequest-reason-code"
* name = "reason-code"
* status = #active
* description = "Search ServiceRequest by reasonCode"
* code = #reason-code
* base = #ServiceRequest
* type = #token
* expression = "ServiceRequest.reasonCode"

Instance: task-case-owner
InstanceOf: SearchParameter
Usage: #definition
Title: "Task case owner"
Description: "Search referral Tasks by the adviser who has the case (the case-owner extension): `case-owner=PractitionerRole/<id>` for \"my cases\", `case-owner:missing=true` for unassigned cases."
* url = "https://fhir.hjp-link.org.uk/SearchParameter/task-case-owner"
* name = "case-owner"
* status = #active
* description = "Search Task by the case-owner extension"
* code = #case-owner
* base = #Task
* type = #reference
* target = #PractitionerRole
* expression = "Task.extension.where(url = 'https://fhir.hjp-link.org.uk/StructureDefinition/case-owner').value"
