-- The two tables numbered by an identity column take their numbers in blocks. H2 writes a
-- sequence's state, with a commit of its own, each time a block is used up (every 32 numbers by
-- default), and a page of 50 referrals listed writes 50 audit entries: so on H2 the block is 1,000.
-- On PostgreSQL a block belongs to one session and would number entries out of their order, so
-- there it stays 1 (the placeholder identity_cache, application.properties). A crash on H2 loses
-- at most the rest of a block: a gap in the numbers, never a reused one.
alter table audit_entry alter column id set cache ${identity_cache};
alter table referral_event alter column id set cache ${identity_cache};
