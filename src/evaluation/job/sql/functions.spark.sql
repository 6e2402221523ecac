-- Spark SQL (4.x, SQL UDFs) equivalents of functions.duckdb.sql; run these first on Spark/Pathling.
CREATE OR REPLACE TEMPORARY FUNCTION days_between(a DATE, b DATE) RETURNS INT RETURN datediff(b, a);
CREATE OR REPLACE TEMPORARY FUNCTION fy_start(d DATE) RETURNS DATE RETURN
  CASE WHEN month(d) >= 4 THEN make_date(year(d), 4, 1) ELSE make_date(year(d) - 1, 4, 1) END;
-- The period a date is counted in: financial year; for quarters use date_trunc('QUARTER', d), months date_trunc('MONTH', d).
CREATE OR REPLACE TEMPORARY FUNCTION period_start_of(d DATE) RETURNS DATE RETURN fy_start(d);
CREATE OR REPLACE TEMPORARY FUNCTION pseudonym(salt STRING, id STRING) RETURNS STRING RETURN sha2(concat(salt, ':', id), 256);
