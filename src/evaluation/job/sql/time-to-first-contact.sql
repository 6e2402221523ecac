-- Measure hjp-time-to-first-contact: days from referral to first contact, per financial year of
-- the referral. First contact is the first advice Appointment (booked or held) linked to the
-- referral; until Appointments exist, the first change recorded to the referral Task after it
-- was created (a Provenance for version 2 or later), else the Task's lastModified, when its
-- status or stage shows contact was made. Median and 90th percentile; share within target_days.
-- The rows are made with time to closure's by the duration_rows view (01-facts.sql).
SELECT group_code, period_start, stratifier, stratum, population, count, score
FROM duration_rows WHERE duration = 'days-to-first-contact';
