-- Measure hjp-assistance-sessions: closed cases (completed referral Tasks) per period of closure,
-- by the level of assistance recorded on the Task (output assistance-level, the assistance-level
-- code system; "not-recorded" when none) and by the advice sessions recorded (output
-- advice-sessions; 0 when none) in bands. Scores: median sessions per closed case (group
-- sessions) and total sessions (group sessions-total).
WITH assistance AS (
  SELECT task_id, MIN(value_code) AS level
  FROM hjp_task_output WHERE output_type = 'assistance-level' AND value_code IS NOT NULL GROUP BY task_id
),
closed AS (
  SELECT f.referral_id, period_start_of(f.closed_on) AS period_start, COALESCE(a.level, 'not-recorded') AS level,
    f.sessions,
    CASE WHEN f.sessions <= 0 THEN 'sessions-0' WHEN f.sessions = 1 THEN 'sessions-1'
         WHEN f.sessions <= 3 THEN 'sessions-2-3' WHEN f.sessions <= 6 THEN 'sessions-4-6'
         ELSE 'sessions-7-plus' END AS band
  FROM referral_facts f LEFT JOIN assistance a ON a.task_id = f.task_id
  WHERE f.closed_on IS NOT NULL
)
SELECT 'assistance-level' AS group_code, period_start, CAST(NULL AS STRING) AS stratifier,
  CAST(NULL AS STRING) AS stratum, 'closed' AS population, COUNT(*) AS count, CAST(NULL AS DOUBLE) AS score
FROM closed GROUP BY period_start
UNION ALL
SELECT 'assistance-level', period_start, NULL, NULL, level, COUNT(*), NULL FROM closed GROUP BY period_start, level
UNION ALL
SELECT 'sessions', period_start, NULL, NULL, 'closed', COUNT(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY sessions)
FROM closed GROUP BY period_start
UNION ALL
SELECT 'sessions', period_start, NULL, NULL, band, COUNT(*), NULL FROM closed GROUP BY period_start, band
UNION ALL
SELECT 'sessions-total', period_start, NULL, NULL, 'closed', COUNT(*), SUM(sessions) FROM closed GROUP BY period_start;
