-- Measure hjp-time-to-closure: days from referral to closure, per period of closure (the day the
-- case closed: the completed referral Task's lastModified, as for gains). Only completed Tasks are
-- closures: cancelled, rejected and unable-to-contact (failed) referrals are left out. Median and
-- 90th percentile; closed within closure_days (the partnership's target, targets.closureDays).
WITH closed AS (
  SELECT f.referral_id, period_start_of(f.closed_on) AS period_start, days_between(f.referred_on, f.closed_on) AS days
  FROM referral_facts f WHERE f.closed_on IS NOT NULL
),
strata AS (
  SELECT c.*, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum FROM closed c
  UNION ALL
  SELECT c.*, s.stratifier, s.stratum FROM closed c JOIN referral_strata s ON s.referral_id = c.referral_id
)
SELECT 'days-to-closure' AS group_code, period_start, stratifier, stratum, 'measure-population' AS population,
  COUNT(*) AS count, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS score
FROM strata GROUP BY period_start, stratifier, stratum
UNION ALL
SELECT 'days-to-closure', period_start, stratifier, stratum, 'within-target',
  SUM(CASE WHEN days <= (SELECT closure_days FROM params) THEN 1 ELSE 0 END), NULL
FROM strata GROUP BY period_start, stratifier, stratum
UNION ALL
SELECT 'days-to-closure-p90', period_start, stratifier, stratum, 'measure-population',
  COUNT(*), percentile_cont(0.9) WITHIN GROUP (ORDER BY days)
FROM strata GROUP BY period_start, stratifier, stratum;
