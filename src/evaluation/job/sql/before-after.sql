-- Measure hjp-before-after: the before-and-after measures (financial strain, LOINC 76513-1; the
-- four ONS4 questions [U], each apart), per period of the referral. For each case and question,
-- the latest answer at intake and the latest at closing (entered-in-error left out), scored by
-- change_answer_score (coded answers) or as the whole number answered. Counts: cases with an
-- intake answer, with a closing answer, with both; of those with both, improved, the same or worse
-- by the question's direction (change_item.better: 1 = higher is better, -1 = lower is better).
-- The one definition is src/domain/measureChange.ts.
WITH answers AS (
  SELECT m.referral_id, m.response_id, m.timepoint, m.authored, i.group_code,
    COALESCE(CAST(m.answer_integer AS DOUBLE), s.score) AS value
  FROM hjp_measure_response m
  JOIN change_item i ON i.questionnaire = split_part(m.questionnaire, '|', 1) AND i.link_id = m.link_id
  LEFT JOIN change_answer_score s ON s.link_id = m.link_id AND s.answer_code = m.answer_code
  WHERE COALESCE(m.status, 'completed') <> 'entered-in-error' AND m.timepoint IN ('intake', 'closing')
),
latest AS (
  SELECT referral_id, group_code, timepoint, value FROM (
    SELECT a.referral_id, a.group_code, a.timepoint, a.value,
      ROW_NUMBER() OVER (PARTITION BY a.referral_id, a.group_code, a.timepoint
                         ORDER BY a.authored DESC, a.response_id DESC) AS n
    FROM answers a WHERE a.value IS NOT NULL
  ) ranked
  WHERE n = 1
),
paired AS (
  SELECT f.referral_id, f.period_start, i.group_code, i.better,
    MAX(CASE WHEN l.timepoint = 'intake' THEN l.value END) AS before_value,
    MAX(CASE WHEN l.timepoint = 'closing' THEN l.value END) AS after_value
  FROM latest l
  JOIN referral_facts f ON f.referral_id = l.referral_id
  JOIN change_item i ON i.group_code = l.group_code
  GROUP BY f.referral_id, f.period_start, i.group_code, i.better
),
changes AS (
  SELECT p.group_code, p.period_start, p.before_value, p.after_value,
    CASE WHEN p.before_value IS NULL OR p.after_value IS NULL THEN NULL
         WHEN (p.after_value - p.before_value) * p.better > 0 THEN 'improved'
         WHEN (p.after_value - p.before_value) * p.better < 0 THEN 'worse'
         ELSE 'same' END AS change
  FROM paired p
)
SELECT group_code, period_start, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum,
  'intake' AS population, SUM(CASE WHEN before_value IS NOT NULL THEN 1 ELSE 0 END) AS count,
  CAST(NULL AS DOUBLE) AS score
FROM changes GROUP BY group_code, period_start
UNION ALL
SELECT group_code, period_start, NULL, NULL, 'closing', SUM(CASE WHEN after_value IS NOT NULL THEN 1 ELSE 0 END), NULL
FROM changes GROUP BY group_code, period_start
UNION ALL
SELECT group_code, period_start, NULL, NULL, 'both', SUM(CASE WHEN change IS NOT NULL THEN 1 ELSE 0 END), NULL
FROM changes GROUP BY group_code, period_start
UNION ALL
SELECT group_code, period_start, NULL, NULL, change, COUNT(*), NULL
FROM changes WHERE change IS NOT NULL GROUP BY group_code, period_start, change;
