-- Measure hjp-data-completeness: how complete the record is, so readers can judge the figures,
-- per financial year of the referral: referrals with a postcode that finds a deprivation decile,
-- with an ethnic category, and closed (completed) cases with a coded outcome.
WITH person AS (
  SELECT referral_id,
    MAX(CASE WHEN stratifier = 'deprivation-decile' AND stratum <> 'not-recorded' THEN 1 ELSE 0 END) AS has_decile,
    MAX(CASE WHEN stratifier = 'ethnic-category' AND stratum <> 'not-recorded' THEN 1 ELSE 0 END) AS has_ethnicity
  FROM referral_strata GROUP BY referral_id
),
flags AS (
  SELECT f.referral_id, f.period_start, p.has_decile, p.has_ethnicity,
    CASE WHEN f.task_status = 'completed' THEN 1 ELSE 0 END AS closed,
    CASE WHEN f.task_status = 'completed' AND f.outcomes >= 1 THEN 1 ELSE 0 END AS closed_with_outcome
  FROM referral_facts f LEFT JOIN person p ON p.referral_id = f.referral_id
)
SELECT 'completeness' AS group_code, period_start, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum,
  'measure-population' AS population, COUNT(*) AS count, CAST(NULL AS DOUBLE) AS score
FROM flags GROUP BY period_start
UNION ALL SELECT 'completeness', period_start, NULL, NULL, 'with-deprivation-decile', SUM(has_decile), NULL FROM flags GROUP BY period_start
UNION ALL SELECT 'completeness', period_start, NULL, NULL, 'with-ethnic-category', SUM(has_ethnicity), NULL FROM flags GROUP BY period_start
UNION ALL SELECT 'completeness', period_start, NULL, NULL, 'closed', SUM(closed), NULL FROM flags GROUP BY period_start
UNION ALL SELECT 'completeness', period_start, NULL, NULL, 'closed-with-outcome', SUM(closed_with_outcome), NULL FROM flags GROUP BY period_start;
