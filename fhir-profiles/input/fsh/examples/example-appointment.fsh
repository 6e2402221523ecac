Instance: example-appointment
InstanceOf: HjpAppointment
Usage: #example
Title: "Example: first advice appointment, face to face on the ward"
* extension[mode].valueCoding = $ParticipationMode#FACE "face-to-face"
* status = #booked
* basedOn = Reference(ServiceRequest/example-referral)
* description = "First appointment: benefits check"
* start = "2026-12-03T10:00:00Z"
* end = "2026-12-03T11:00:00Z"
* participant[0].actor = Reference(Patient/pat-001)
* participant[0].status = #accepted
* participant[1].actor = Reference(PractitionerRole/adviser)
* participant[1].status = #accepted
* participant[2].actor = Reference(Location/loc-ward-7)
* participant[2].status = #accepted
