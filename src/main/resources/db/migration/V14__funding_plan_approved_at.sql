-- When a funding plan began to fund its referral: when it was arranged on a routine route, when the
-- commissioner approved it on prior approval. A plan never approved (declined, still pending, or
-- closed while pending because its referral finished first) has none, and funds nothing: the
-- reports counted such closed plans as funded until now.
alter table funding_plan add column approved_at timestamp with time zone;

update funding_plan set approved_at = coalesce(decided_at, created_at) where status = 'APPROVED';

-- A closed plan with a decision was approved (a declined plan stays DECLINED). A closed plan without
-- one was approved when arranged, unless its scheme asks for prior approval: then it was still
-- pending when its referral finished.
update funding_plan set approved_at = decided_at where status = 'CLOSED' and decided_at is not null;
update funding_plan set approved_at = created_at
    where status = 'CLOSED' and decided_at is null
      and scheme_id not in (select id from funding_scheme where route = 'PRIOR_APPROVAL');
