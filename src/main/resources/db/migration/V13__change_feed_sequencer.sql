-- The change feed without a lock shared by every write (issue 16). A write appends its entry in its
-- own transaction under a pending position, the negative of a number from this sequence (no lock,
-- no wait); one sequencer, holding change_feed_counter's row, later gives the committed pending
-- entries the next gap-free positions 1, 2, 3... in the order they were appended. Pollers read only
-- positive positions. The primary key stays `seq`: a pending entry's key is negative until then.
create sequence change_event_pending_seq start with 1 increment by 1;
