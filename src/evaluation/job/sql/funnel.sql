-- Measure hjp-funnel: screening -> need -> consent -> referral -> acceptance -> contact -> advice
-- -> outcome, per financial year. People, referrals and issues are counted apart. Referral
-- populations are stratified; screening and consent populations are not (no referral yet).
-- Output columns (every measure file): group_code, period_start, stratifier, stratum, population,
-- count, score.
WITH with_need AS (
  -- Screenings with an answer the checklist marks as indicating a need (the data-driven rule).
  SELECT DISTINCT a.screening_id
  FROM hjp_screening_answer a
  JOIN hjp_need_rule n ON n.link_id = a.link_id
    AND (n.answer_code = a.answer_code OR n.answer_string = a.answer_string)
  WHERE n.need_area IS NOT NULL
),
screened AS (
  SELECT s.screening_id, period_start_of(CAST(substr(s.authored, 1, 10) AS DATE)) AS period_start,
    w.screening_id IS NOT NULL AS has_need
  FROM hjp_screening s LEFT JOIN with_need w ON w.screening_id = s.screening_id
  WHERE s.status = 'completed'
),
consents AS (
  SELECT consent_id, status, period_start_of(CAST(substr(date_time, 1, 10) AS DATE)) AS period_start FROM hjp_consent
),
unit_population AS (
  SELECT period_start, screening_id AS unit_id, 'screenings-completed' AS population FROM screened
  UNION ALL SELECT period_start, screening_id, 'screenings-with-need' FROM screened WHERE has_need
  UNION ALL SELECT period_start, consent_id, 'consent-asked' FROM consents
  UNION ALL SELECT period_start, consent_id, 'consent-given' FROM consents WHERE status = 'active'
  UNION ALL SELECT period_start, consent_id, 'consent-refused' FROM consents WHERE status = 'rejected'
  UNION ALL SELECT period_start, consent_id, 'consent-withdrawn' FROM consents WHERE status = 'inactive'
),
referral_population AS (
  SELECT referral_id, period_start, patient_id AS unit_id, 'people-referred' AS population FROM referral_facts
  UNION ALL SELECT referral_id, period_start, referral_id, 'referrals-sent' FROM referral_facts
  UNION ALL
  SELECT f.referral_id, f.period_start, f.referral_id || '|' || a.area, 'issues-referred'
  FROM referral_facts f JOIN hjp_referral_area a ON a.referral_id = f.referral_id
  UNION ALL SELECT referral_id, period_start, referral_id, 'accepted' FROM referral_facts
    WHERE task_status IN ('accepted', 'in-progress', 'on-hold', 'completed', 'failed')
  UNION ALL SELECT referral_id, period_start, referral_id, 'awaiting-acceptance' FROM referral_facts
    WHERE task_status IN ('requested', 'draft')
  UNION ALL SELECT referral_id, period_start, referral_id, 'rejected' FROM referral_facts WHERE task_status = 'rejected'
  UNION ALL SELECT referral_id, period_start, referral_id, 'cancelled' FROM referral_facts WHERE task_status = 'cancelled'
  UNION ALL SELECT referral_id, period_start, referral_id, 'unable-to-contact' FROM referral_facts WHERE task_status = 'failed'
  UNION ALL SELECT referral_id, period_start, referral_id, 'first-contact' FROM referral_facts
    WHERE first_contact_on IS NOT NULL
  UNION ALL SELECT referral_id, period_start, referral_id, 'advice-session' FROM referral_facts WHERE sessions >= 1
  UNION ALL SELECT referral_id, period_start, referral_id, 'closed-with-outcome' FROM referral_facts
    WHERE task_status = 'completed' AND outcomes >= 1
)
SELECT 'funnel' AS group_code, period_start, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum,
  population, COUNT(DISTINCT unit_id) AS count, CAST(NULL AS DOUBLE) AS score
FROM unit_population GROUP BY period_start, population
UNION ALL
SELECT 'funnel', period_start, NULL, NULL, population, COUNT(DISTINCT unit_id), NULL
FROM referral_population GROUP BY period_start, population
UNION ALL
SELECT 'funnel', p.period_start, s.stratifier, s.stratum, p.population, COUNT(DISTINCT p.unit_id), NULL
FROM referral_population p
JOIN referral_strata s ON s.referral_id = p.referral_id
WHERE p.population <> 'issues-referred' OR s.stratifier <> 'area-of-law' OR p.unit_id = p.referral_id || '|' || s.stratum
GROUP BY p.period_start, s.stratifier, s.stratum, p.population;
