-- Indexes that no query of the application reads, each written on every insert (session 6 of the member
-- import, where index entries were 45% of the import's backend time):
--   * member_status_idx: every query on member.status also names the column of a partial index
--     (probation_ends_on, candidate_since, party_age_from, whose predicates the queries imply), and
--     lists and counts by status read member_period; a B-tree over four values never narrows a
--     national registry enough to be chosen;
--   * audit_entry_actor_idx: the audit log is searched by the actor's name, not by the account's id;
--   * audit_entry_units_idx (GIN): the scope test (every unit of an entry within the reader's scope) is
--     a NOT EXISTS over unnest(unit_ids), which no index on unit_ids can answer.
drop index member_status_idx;
drop index audit_entry_actor_idx;
drop index audit_entry_units_idx;
