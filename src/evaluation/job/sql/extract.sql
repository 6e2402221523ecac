-- The research extract: one pseudonymised row per referral whose consent is given and still in
-- force (not refused, withdrawn or expired) on as_of. No names, NHS numbers, postcodes, birth
-- dates or days: a per-project salted hash for the person and the referral, age band, deprivation
-- decile, months. Inputs as the measures, plus extract_params (salt, as_of).
WITH consented AS (
  SELECT f.* FROM referral_facts f
  JOIN hjp_referral r ON r.referral_id = f.referral_id
  JOIN hjp_consent c ON c.consent_id = r.consent_id
  CROSS JOIN extract_params x
  WHERE c.status = 'active'
    AND (c.period_end IS NULL OR CAST(substr(c.period_end, 1, 10) AS DATE) >= x.as_of)
),
strata AS (
  SELECT referral_id,
    MAX(CASE WHEN stratifier = 'age-band' THEN stratum END) AS age_band,
    MAX(CASE WHEN stratifier = 'deprivation-decile' THEN stratum END) AS deprivation_decile,
    MAX(CASE WHEN stratifier = 'sex' THEN stratum END) AS sex,
    MAX(CASE WHEN stratifier = 'ethnic-category' THEN stratum END) AS ethnic_category,
    MAX(CASE WHEN stratifier = 'referral-source' THEN stratum END) AS referral_source,
    MAX(CASE WHEN stratifier = 'setting' THEN stratum END) AS setting,
    MAX(CASE WHEN stratifier = 'area-of-law' AND stratum = 'benefits' THEN 1 ELSE 0 END) AS area_benefits,
    MAX(CASE WHEN stratifier = 'area-of-law' AND stratum = 'debt' THEN 1 ELSE 0 END) AS area_debt,
    MAX(CASE WHEN stratifier = 'area-of-law' AND stratum = 'housing' THEN 1 ELSE 0 END) AS area_housing,
    MAX(CASE WHEN stratifier = 'area-of-law' AND stratum = 'employment' THEN 1 ELSE 0 END) AS area_employment,
    MAX(CASE WHEN stratifier = 'area-of-law' AND stratum = 'education' THEN 1 ELSE 0 END) AS area_education,
    MAX(CASE WHEN stratifier = 'area-of-law' AND stratum = 'community-care' THEN 1 ELSE 0 END) AS area_community_care,
    MAX(CASE WHEN stratifier = 'area-of-law' AND stratum = 'immigration' THEN 1 ELSE 0 END) AS area_immigration
  FROM referral_strata GROUP BY referral_id
),
money AS (
  SELECT o.task_id,
    -- The same rule as financial-gain.sql: weekly x weeks_per_year, fewer weeks when the award was shorter.
    SUM(CASE WHEN k.kind <> 'recurring' THEN 0
      WHEN o.weekly_amount IS NOT NULL AND o.weekly_amount > 0 THEN
        o.weekly_amount * CASE
          WHEN o.value_money IS NOT NULL AND o.value_money < o.weekly_amount * 52 - 0.005
            THEN LEAST(o.value_money / o.weekly_amount, (SELECT weeks_per_year FROM params))
          ELSE (SELECT weeks_per_year FROM params) END
      ELSE COALESCE(o.value_money, 0) END) AS gain_recurring,
    SUM(CASE WHEN k.kind = 'arrears' THEN o.value_money ELSE 0 END) AS gain_arrears,
    SUM(CASE WHEN k.kind = 'one-off' THEN o.value_money ELSE 0 END) AS gain_one_off,
    SUM(CASE WHEN k.kind = 'debt-written-off' THEN o.value_money ELSE 0 END) AS debt_written_off,
    SUM(CASE WHEN k.kind = 'debt-managed' THEN o.value_money ELSE 0 END) AS debt_managed
  FROM hjp_task_output o JOIN gain_kind k ON k.outcome_type = o.outcome_type
  WHERE o.output_type = 'outcome' GROUP BY o.task_id
),
level AS (
  SELECT task_id, MAX(value_code) AS assistance_level FROM hjp_task_output
  WHERE output_type = 'assistance-level' GROUP BY task_id
)
SELECT
  pseudonym((SELECT salt FROM extract_params), 'person:' || c.patient_id) AS person_pseudonym,
  pseudonym((SELECT salt FROM extract_params), 'referral:' || c.referral_id) AS referral_pseudonym,
  substr(CAST(c.referred_on AS STRING), 1, 7) AS referral_month,
  s.age_band, s.deprivation_decile, s.sex, s.ethnic_category, s.referral_source, s.setting,
  s.area_benefits, s.area_debt, s.area_housing, s.area_employment, s.area_education, s.area_community_care,
  s.area_immigration,
  c.task_status AS status, c.stage,
  substr(CAST(c.first_contact_on AS STRING), 1, 7) AS first_contact_month,
  days_between(c.referred_on, c.first_contact_on) AS days_to_first_contact,
  substr(CAST(c.closed_on AS STRING), 1, 7) AS closed_month,
  c.sessions AS advice_sessions,
  l.assistance_level,
  ROUND(COALESCE(m.gain_recurring, 0), 2) AS gain_recurring,
  ROUND(COALESCE(m.gain_arrears, 0), 2) AS gain_arrears,
  ROUND(COALESCE(m.gain_one_off, 0), 2) AS gain_one_off,
  ROUND(COALESCE(m.debt_written_off, 0), 2) AS debt_written_off,
  ROUND(COALESCE(m.debt_managed, 0), 2) AS debt_managed
FROM consented c
LEFT JOIN strata s ON s.referral_id = c.referral_id
LEFT JOIN money m ON m.task_id = c.task_id
LEFT JOIN level l ON l.task_id = c.task_id
ORDER BY referral_month, referral_pseudonym;
