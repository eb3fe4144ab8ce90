-- Codes are looked up without regard to case (establishing a unit checks that its code is free,
-- findByCode, and the search box, which also matches a typed code). Without this index each of
-- those read all of org_unit: at national scale (~370,000 rows) a search took 0.3–0.8 s because
-- its "name like … or code = …" could not use the trigram index for one side and a scan for the other.
create index org_unit_code_upper_idx on org_unit (upper(code));
