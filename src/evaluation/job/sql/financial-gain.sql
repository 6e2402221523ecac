-- Measure hjp-financial-gain: gross financial gain of closed cases, per financial year of closure,
-- by kind (the rule of src/domain/financial-gain.ts, table gain_kind): recurring awards count the
-- weekly amount x weeks_per_year, or fewer weeks when the recorded award was shorter; arrears,
-- one-off payments, debt written off and debt managed count once at the amount recorded. Each
-- group: clients with a gain of that kind (count) and the total in pounds (score).
WITH gains AS (
  SELECT f.referral_id, f.patient_id, period_start_of(f.closed_on) AS period_start, k.kind,
    CASE
      WHEN k.kind = 'recurring' AND o.weekly_amount IS NOT NULL AND o.weekly_amount > 0 THEN
        o.weekly_amount * CASE
          WHEN o.value_money IS NOT NULL AND o.value_money < o.weekly_amount * 52 - 0.005
            THEN LEAST(o.value_money / o.weekly_amount, (SELECT weeks_per_year FROM params))
          ELSE (SELECT weeks_per_year FROM params) END
      ELSE COALESCE(o.value_money, 0)
    END AS amount
  FROM hjp_task_output o
  JOIN gain_kind k ON k.outcome_type = o.outcome_type
  JOIN referral_facts f ON f.task_id = o.task_id
  WHERE o.output_type = 'outcome' AND f.closed_on IS NOT NULL
),
kinds AS (
  SELECT referral_id, patient_id, period_start, kind, amount FROM gains
  UNION ALL SELECT referral_id, patient_id, period_start, 'total', amount FROM gains
),
strata AS (
  SELECT g.*, CAST(NULL AS STRING) AS stratifier, CAST(NULL AS STRING) AS stratum FROM kinds g
  UNION ALL
  SELECT g.*, s.stratifier, s.stratum FROM kinds g JOIN referral_strata s ON s.referral_id = g.referral_id
)
SELECT kind AS group_code, period_start, stratifier, stratum, 'clients-with-gain' AS population,
  COUNT(DISTINCT patient_id) AS count, ROUND(SUM(amount), 2) AS score
FROM strata GROUP BY kind, period_start, stratifier, stratum;
