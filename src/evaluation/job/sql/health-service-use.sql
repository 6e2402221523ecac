-- Measure hjp-health-service-use: Encounters of referred patients in equal windows (window_days)
-- before and after the referral date, per financial year of the referral: GP consultations
-- (class AMB) and hospital admissions (class IMP). Aggregate only.
WITH windows AS (
  SELECT f.referral_id, f.period_start, e.class, days_between(f.referred_on, CAST(substr(e.start, 1, 10) AS DATE)) AS offset_days
  FROM referral_facts f JOIN hjp_encounter e ON e.patient_id = f.patient_id
  WHERE e.start IS NOT NULL AND e.status <> 'entered-in-error' AND e.class IN ('AMB', 'IMP')
),
counted AS (
  SELECT referral_id, period_start, CASE class WHEN 'AMB' THEN 'gp-consultations' ELSE 'admissions' END AS group_code,
    CASE WHEN offset_days < 0 THEN 'before' ELSE 'after' END AS population
  FROM windows
  WHERE offset_days >= -(SELECT window_days FROM params) AND offset_days < (SELECT window_days FROM params)
)
SELECT group_code, period_start, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum, population,
  COUNT(*) AS count, CAST(NULL AS DOUBLE) AS score
FROM counted GROUP BY group_code, period_start, population
UNION ALL
SELECT 'referrals', period_start, NULL, NULL, 'measure-population', COUNT(*), NULL
FROM referral_facts GROUP BY period_start;
