-- The two helpers the measure SQL needs whose spelling differs between engines (DuckDB here).
-- Spark SQL: see functions.spark.sql. Everything else in the measure files is standard SQL.
CREATE OR REPLACE MACRO days_between(a, b) AS date_diff('day', CAST(a AS DATE), CAST(b AS DATE));
CREATE OR REPLACE MACRO fy_start(d) AS
  CASE WHEN month(CAST(d AS DATE)) >= 4 THEN make_date(year(CAST(d AS DATE)), 4, 1)
       ELSE make_date(year(CAST(d AS DATE)) - 1, 4, 1) END;
-- The period a date is counted in: the financial year by default; the job redefines it per grain
-- (quarter: date_trunc('quarter') — UK financial quarters are calendar quarters; month).
CREATE OR REPLACE MACRO period_start_of(d) AS fy_start(d);
CREATE OR REPLACE MACRO pseudonym(salt, id) AS sha256(salt || ':' || id);
