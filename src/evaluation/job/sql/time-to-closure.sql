-- Measure hjp-time-to-closure: days from referral to closure, per period of closure (the day the
-- case closed: the completed referral Task's lastModified, as for gains). Only completed Tasks are
-- closures: cancelled, rejected and unable-to-contact (failed) referrals are left out. Median and
-- 90th percentile; closed within closure_days (the partnership's target, targets.closureDays).
-- The rows are made with time to first contact's by the duration_rows view (01-facts.sql).
SELECT group_code, period_start, stratifier, stratum, population, count, score
FROM duration_rows WHERE duration = 'days-to-closure';
