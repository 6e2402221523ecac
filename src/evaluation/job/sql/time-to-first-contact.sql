-- Measure hjp-time-to-first-contact: days from referral to first contact, per financial year of
-- the referral. First contact is the first advice Appointment (booked or held) linked to the
-- referral; until Appointments exist, the first change recorded to the referral Task after it
-- was created (a Provenance for version 2 or later), else the Task's lastModified, when its
-- status or stage shows contact was made. Median and 90th percentile; share within target_days.
WITH contacted AS (
  SELECT f.referral_id, f.period_start, days_between(f.referred_on, f.first_contact_on) AS days
  FROM referral_facts f WHERE f.first_contact_on IS NOT NULL
),
strata AS (
  SELECT c.*, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum FROM contacted c
  UNION ALL
  SELECT c.*, s.stratifier, s.stratum FROM contacted c JOIN referral_strata s ON s.referral_id = c.referral_id
)
SELECT 'days-to-first-contact' AS group_code, period_start, stratifier, stratum, 'measure-population' AS population,
  COUNT(*) AS count, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS score
FROM strata GROUP BY period_start, stratifier, stratum
UNION ALL
SELECT 'days-to-first-contact', period_start, stratifier, stratum, 'within-target',
  SUM(CASE WHEN days <= (SELECT target_days FROM params) THEN 1 ELSE 0 END), NULL
FROM strata GROUP BY period_start, stratifier, stratum
UNION ALL
SELECT 'days-to-first-contact-p90', period_start, stratifier, stratum, 'measure-population',
  COUNT(*), percentile_cont(0.9) WITHIN GROUP (ORDER BY days)
FROM strata GROUP BY period_start, stratifier, stratum;
