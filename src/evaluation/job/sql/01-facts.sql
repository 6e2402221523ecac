-- Facts shared by the measures: one row per referral with its dates, state and dimensions, and
-- the strata each referral falls in. Inputs: the ViewDefinition tables (hjp_*), params
-- (weeks_per_year, target_days, window_days), gain_kind (outcome_type -> kind, the one gain rule
-- of src/domain/financial-gain.ts) and postcode_decile (the partnership's lookup).

CREATE OR REPLACE TEMPORARY VIEW referral_facts AS
WITH first_appointment AS (
  SELECT referral_id, MIN(CAST(substr(start, 1, 10) AS DATE)) AS first_on
  FROM hjp_appointment
  WHERE status IN ('booked', 'arrived', 'fulfilled', 'checked-in') AND referral_id IS NOT NULL
  GROUP BY referral_id
),
first_change AS (
  -- The first recorded change to the Task after it was created (version 2 or later).
  SELECT split_part(target, '/', 2) AS task_id, MIN(CAST(substr(recorded, 1, 10) AS DATE)) AS changed_on
  FROM hjp_stage_history
  WHERE target LIKE 'Task/%/_history/%' AND CAST(split_part(target, '/', 4) AS INTEGER) >= 2
  GROUP BY split_part(target, '/', 2)
),
sessions AS (
  SELECT task_id, MAX(value_integer) AS sessions
  FROM hjp_task_output WHERE output_type = 'advice-sessions' GROUP BY task_id
),
outcomes AS (
  SELECT task_id, COUNT(*) AS outcomes FROM hjp_task_output WHERE output_type = 'outcome' GROUP BY task_id
)
SELECT
  r.referral_id,
  r.patient_id,
  CAST(substr(r.authored_on, 1, 10) AS DATE) AS referred_on,
  period_start_of(CAST(substr(r.authored_on, 1, 10) AS DATE)) AS period_start,
  COALESCE(t.status, 'requested') AS task_status,
  t.stage,
  t.task_id,
  CASE WHEN t.status = 'completed' THEN CAST(substr(t.last_modified, 1, 10) AS DATE) END AS closed_on,
  CASE
    WHEN a.first_on IS NOT NULL THEN a.first_on
    WHEN t.status IN ('in-progress', 'on-hold', 'completed')
      OR t.stage IN ('contacted', 'advice-given', 'casework', 'awaiting-decision', 'appeal-tribunal')
      THEN COALESCE(c.changed_on, CAST(substr(t.last_modified, 1, 10) AS DATE))
  END AS first_contact_on,
  COALESCE(s.sessions, 0) AS sessions,
  COALESCE(o.outcomes, 0) AS outcomes
FROM hjp_referral r
LEFT JOIN hjp_referral_task t ON t.referral_id = r.referral_id
LEFT JOIN first_appointment a ON a.referral_id = r.referral_id
LEFT JOIN first_change c ON c.task_id = t.task_id
LEFT JOIN sessions s ON s.task_id = t.task_id
LEFT JOIN outcomes o ON o.task_id = t.task_id
WHERE r.status <> 'entered-in-error';

CREATE OR REPLACE TEMPORARY VIEW referral_strata AS
WITH person AS (
  SELECT
    f.referral_id,
    p.gender,
    p.ethnic_category,
    d.decile,
    (year(f.referred_on) - year(CAST(p.birth_date AS DATE)))
      - CASE WHEN month(f.referred_on) < month(CAST(p.birth_date AS DATE))
               OR (month(f.referred_on) = month(CAST(p.birth_date AS DATE))
                   AND day(f.referred_on) < day(CAST(p.birth_date AS DATE))) THEN 1 ELSE 0 END AS age
  FROM referral_facts f
  LEFT JOIN hjp_patient p ON p.patient_id = f.patient_id
  LEFT JOIN postcode_decile d ON d.postcode_key = upper(replace(p.postcode, ' ', ''))
),
source AS (
  SELECT r.referral_id, rr.role, rr.location_id
  FROM hjp_referral r LEFT JOIN hjp_referrer rr ON rr.role_id = r.requester_role_id
)
SELECT referral_id, 'area-of-law' AS stratifier, area AS stratum FROM hjp_referral_area
UNION ALL
SELECT referral_id, 'referral-source', COALESCE(role, 'not-recorded') FROM source
UNION ALL
SELECT referral_id, 'setting',
  CASE WHEN location_id IS NOT NULL THEN 'hospital-ward' WHEN role IS NOT NULL THEN 'general-practice'
       ELSE 'not-recorded' END
FROM source
UNION ALL
SELECT referral_id, 'deprivation-decile', COALESCE(CAST(decile AS STRING), 'not-recorded') FROM person
UNION ALL
SELECT referral_id, 'age-band',
  CASE WHEN age IS NULL THEN 'not-recorded' WHEN age < 18 THEN '0-17' WHEN age < 25 THEN '18-24'
       WHEN age < 35 THEN '25-34' WHEN age < 45 THEN '35-44' WHEN age < 55 THEN '45-54'
       WHEN age < 65 THEN '55-64' WHEN age < 75 THEN '65-74' ELSE '75+' END
FROM person
UNION ALL
SELECT referral_id, 'sex', COALESCE(gender, 'not-recorded') FROM person
UNION ALL
SELECT referral_id, 'ethnic-category', COALESCE(ethnic_category, 'not-recorded') FROM person
UNION ALL
SELECT referral_id, 'urgency', COALESCE(priority, 'routine') FROM hjp_referral;

-- Days from referral to an event, for the two timeliness measures (time-to-first-contact.sql,
-- time-to-closure.sql): first contact counted in the referral's period, closure in the period the
-- case closed; each with its target (params target_days, closure_days). One row per measure group,
-- period, stratum and population: median and 90th percentile, and the count within the target.
CREATE OR REPLACE TEMPORARY VIEW duration_rows AS
WITH durations AS (
  SELECT f.referral_id, 'days-to-first-contact' AS duration, f.period_start,
    days_between(f.referred_on, f.first_contact_on) AS days, (SELECT target_days FROM params) AS target
  FROM referral_facts f WHERE f.first_contact_on IS NOT NULL
  UNION ALL
  SELECT f.referral_id, 'days-to-closure', period_start_of(f.closed_on),
    days_between(f.referred_on, f.closed_on), (SELECT closure_days FROM params)
  FROM referral_facts f WHERE f.closed_on IS NOT NULL
),
strata AS (
  SELECT d.*, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum FROM durations d
  UNION ALL
  SELECT d.*, s.stratifier, s.stratum FROM durations d JOIN referral_strata s ON s.referral_id = d.referral_id
)
SELECT duration, duration AS group_code, period_start, stratifier, stratum, 'measure-population' AS population,
  COUNT(*) AS count, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS score
FROM strata GROUP BY duration, period_start, stratifier, stratum
UNION ALL
SELECT duration, duration, period_start, stratifier, stratum, 'within-target',
  SUM(CASE WHEN days <= target THEN 1 ELSE 0 END), NULL
FROM strata GROUP BY duration, period_start, stratifier, stratum
UNION ALL
SELECT duration, duration || '-p90', period_start, stratifier, stratum, 'measure-population',
  COUNT(*), percentile_cont(0.9) WITHIN GROUP (ORDER BY days)
FROM strata GROUP BY duration, period_start, stratifier, stratum;
