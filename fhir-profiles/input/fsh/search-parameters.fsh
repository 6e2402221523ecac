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
