-- The member events by kind, without the records opened.
--
-- Every query by kind asks for one kind of the member's life (a transfer, a discipline) and none for
-- 'RecordOpened', the first event of every record an import or a bulk load opens: that is a record's
-- start in Dangvu, not an event of the member's life, and those records' histories are mostly that
-- one event. Left out, an import of 100,000 members has one index entry fewer to place per member,
-- and the registry's index is smaller by every imported record. A query naming its kind
-- (kind = 'Transferred', kind in (…)) implies the index's condition, and the planner uses the index
-- as before.
drop index member_event_kind_idx;
create index member_event_kind_idx on member_event (kind, occurred_on) where kind <> 'RecordOpened';
