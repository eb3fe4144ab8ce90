package vn.dangvu.targets.bench;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A synthetic national dataset for measuring targets at scale, written in bulk by SQL: 40
 * provincial-level committees, 120 bloc committees, about 52,000 grassroots organizations (two in
 * five of them grassroots branches) and 250,000 branches, with 1% of the branches handed to another
 * committee on 1/7/2023; 5 million members whose records were opened on 1/1/2019, and 1.35 million
 * more admitted from 2019 to mid-2026 with their whole path (candidate, certificate, introduction,
 * branch vote, admission, ceremony, recognition); deaths, striking off, expulsions, reprimands and
 * transfers spread over the years; and two terms for every unit. {@code scale} multiplies the
 * organizations and the members. It is deterministic, and writes the same rows the application's
 * own writes produce (events, their projections and the temporal closure), without going through
 * them, so that a national dataset takes minutes rather than days.
 */
final class SyntheticMembers {

    private SyntheticMembers() {
    }

    /** The statements in order; {@code %%} in a text block not formatted below stands for SQL's {@code %}. */
    static List<String> statements(double scale) {
        return raw(scale).stream().map(s -> s.replace("%%", "%")).toList();
    }

    private static List<String> raw(double scale) {
        long grassroots = Math.round(52_000 * scale / 40) * 40;
        long base = Math.round(5_000_000 * scale);
        long admitted = Math.round(1_350_000 * scale);
        long perProvince = grassroots / 40;
        long underBlocs = perProvince * 3 / 13;
        return List.of(
                """
                insert into org_unit (id, code, type, name, name_folded, established_on, parent_id) overriding system value
                select p, 'BP' || p, 'PROVINCIAL_COMMITTEE', 'Đảng bộ tỉnh số ' || p, 'dang bo tinh so ' || p,
                       date '2000-01-01', null
                  from generate_series(1, 40) p
                """,
                """
                insert into org_unit (id, code, type, name, name_folded, established_on, parent_id) overriding system value
                select 40 + (p - 1) * 3 + k, 'BK' || p || '-' || k, 'UPPER_GRASSROOTS_COMMITTEE',
                       'Đảng bộ Khối số ' || k || ' tỉnh ' || p, 'dang bo khoi so ' || k || ' tinh ' || p,
                       date '2000-01-01', p
                  from generate_series(1, 40) p, generate_series(1, 3) k
                """,
                """
                insert into org_unit (id, code, type, name, name_folded, established_on, parent_id) overriding system value
                select 1001 + g, 'BG' || g,
                       case when g %% 5 < 2 then 'GRASSROOTS_BRANCH' else 'GRASSROOTS_COMMITTEE' end,
                       'Tổ chức cơ sở đảng số ' || g, 'to chuc co so dang so ' || g, date '2000-01-01',
                       case when g / 40 < %2$d then 40 + (g %% 40) * 3 + (g / 40) %% 3 + 1 else g %% 40 + 1 end
                  from generate_series(0, %1$d - 1) g
                """.formatted(grassroots, underBlocs),
                """
                insert into org_unit (id, code, type, name, name_folded, established_on, parent_id) overriding system value
                select 100001 + g * 8 + b, 'BB' || g || '-' || b, 'BRANCH', 'Chi bộ số ' || b || ' của cơ sở ' || g,
                       'chi bo so ' || b || ' cua co so ' || g, date '2000-01-01', 1001 + g
                  from generate_series(0, %1$d - 1) g, generate_series(0, 7) b
                 where g %% 5 >= 2
                """.formatted(grassroots),
                """
                insert into org_unit_name (unit_id, valid_from, name, name_folded)
                select id, established_on, name, name_folded from org_unit
                """,
                """
                insert into org_unit_link (unit_id, parent_id, valid_from)
                select id, parent_id, established_on from org_unit where parent_id is not null
                """,
                // one branch in a hundred moves to the next committee of its province on 1/7/2023
                """
                create temporary table bench_move as
                select u.id, u.parent_id as old_parent, u.parent_id + 40 as new_parent
                  from org_unit u
                 where u.type = 'BRANCH' and u.id %% 100 = 42
                   and exists (select 1 from org_unit n where n.id = u.parent_id + 40)
                """,
                """
                update org_unit_link l set valid_to = date '2023-07-01'
                  from bench_move m where l.unit_id = m.id
                """,
                """
                insert into org_unit_link (unit_id, parent_id, valid_from)
                select id, new_parent, date '2023-07-01' from bench_move
                """,
                "update org_unit u set parent_id = m.new_parent from bench_move m where u.id = m.id",
                """
                insert into org_unit_event (unit_id, kind, occurred_on, from_unit_id, to_unit_id, decision)
                select id, 'HANDED_OVER', date '2023-07-01', old_parent, new_parent, 'QĐ-CG-' || id from bench_move
                """,
                """
                insert into org_unit_event (unit_id, kind, occurred_on, to_unit_id)
                select id, 'ESTABLISHED', established_on, parent_id from org_unit
                """,
                """
                insert into org_unit_ancestry (ancestor_id, descendant_id, depth, valid_from, valid_to, descendant_type)
                with recursive up (descendant_id, ancestor_id, depth, valid_from, valid_to) as (
                    select u.id, u.id, 0, u.established_on, u.dissolved_on from org_unit u
                    union all
                    select up.descendant_id, l.parent_id, up.depth + 1,
                           greatest(up.valid_from, l.valid_from), least(up.valid_to, l.valid_to)
                      from up
                      join org_unit_link l on l.unit_id = up.ancestor_id
                                          and l.valid_from < up.valid_to and l.valid_to > up.valid_from
                )
                select up.ancestor_id, up.descendant_id, up.depth, up.valid_from, up.valid_to, u.type
                  from up join org_unit u on u.id = up.descendant_id
                """,
                """
                insert into org_term (unit_id, congress_number, congress_on, start_year, end_year)
                select id, n, case n when 1 then date '2020-06-15' else date '2025-06-15' end,
                       case n when 1 then 2020 else 2025 end, case n when 1 then 2025 else 2030 end
                  from org_unit, generate_series(1, 2) n
                """,
                """
                create temporary table bench_holder as
                select row_number() over (order by id) - 1 as idx, id from org_unit
                 where type in ('BRANCH', 'GRASSROOTS_BRANCH')
                """,
                "create unique index on bench_holder (idx)",
                "analyze bench_holder",
                // the members whose records were opened on 1/1/2019, and what happens to some of them
                """
                create temporary table bench_base as
                select i,
                       (select id from bench_holder where idx = (i - 1) %% h.n) as unit_id,
                       case when i %% 40 = 13 then (select id from bench_holder
                                                     where idx = (case when i %% 80 = 13 then i else i - 1 + h.n / 2 end) %% h.n)
                       end as moved_to,
                       case when i %% 40 = 13 then date '2019-02-01' + ((i * 104729) %% 2650)::int end as moved_on,
                       case when i %% 100 = 7 then 'Died' when i %% 1000 = 3 then 'StruckOff'
                            when i %% 2000 = 5 then 'Disciplined' end as exit_kind,
                       date '2019-01-02' + ((i * 7919) %% 2700)::int as exit_on,
                       case when i %% 500 = 11 then date '2019-03-01' + ((i * 31) %% 2600)::int end as reprimand_on
                  from generate_series(1, %1$d::bigint) i, (select count(*) as n from bench_holder) h
                """.formatted(base),
                """
                insert into member (id, full_name, name_folded, sort_key, sex, birth_date, status, unit_id, admitted_on,
                                    party_age_from) overriding system value
                select i, 'Đảng viên ' || i, 'dang vien ' || i, convert_to('dang vien ' || i, 'UTF8'),
                       case when i %% 2 = 0 then 'MALE' else 'FEMALE' end,
                       date '1950-01-01' + ((i * 37) %% 18000)::int,
                       case exit_kind when 'Died' then 'DECEASED' when 'StruckOff' then 'STRUCK_OFF'
                                      when 'Disciplined' then 'EXPELLED' else 'OFFICIAL' end,
                       coalesce(moved_to, unit_id), date '1990-01-01' + ((i * 13) %% 10000)::int,
                       date '1990-01-01' + ((i * 13) %% 10000)::int
                  from bench_base
                """,
                """
                insert into member_event (member_id, seq, kind, occurred_on, unit_id, payload)
                select i, 1, 'RecordOpened', date '2019-01-01', unit_id,
                       jsonb_build_object('on', '2019-01-01', 'branch', jsonb_build_object('value', unit_id),
                                          'admittedOn', '1990-01-01', 'officialFrom', '1991-01-01')
                  from bench_base
                union all
                select i, 2, 'Transferred', moved_on, moved_to,
                       jsonb_build_object('on', moved_on, 'to', jsonb_build_object('value', moved_to), 'letterNumber', 'GGT-' || i)
                  from bench_base where moved_to is not null
                union all
                select i, 2, 'Disciplined', reprimand_on, unit_id,
                       jsonb_build_object('on', reprimand_on, 'form', 'REPRIMAND', 'decisionNumber', 'QĐ-KL-' || i)
                  from bench_base where reprimand_on is not null
                union all
                select i, 2, exit_kind, exit_on, unit_id,
                       case exit_kind when 'Disciplined'
                            then jsonb_build_object('on', exit_on, 'form', 'EXPULSION', 'decisionNumber', 'QĐ-KL-' || i)
                            else jsonb_build_object('on', exit_on, 'decisionNumber', 'QĐ-' || i) end
                  from bench_base where exit_kind is not null
                """,
                """
                insert into member_period (member_id, valid_from, valid_to, status, unit_id, exempt)
                select i, date '2019-01-01', coalesce(moved_on, case when exit_kind is not null then exit_on end, 'infinity'),
                       'OFFICIAL', unit_id, false
                  from bench_base
                union all
                select i, moved_on, 'infinity', 'OFFICIAL', moved_to, false from bench_base where moved_to is not null
                """,
                // the members admitted from 2019 on, each with the whole path to recognition
                """
                create temporary table bench_new as
                select %1$d + j as id, j, a.d,
                       (select id from bench_holder where idx = (j * 7) %% h.n) as unit_id,
                       case when ((a.d + 10) + interval '12 months')::date + 5 <= date '2026-06-30'
                            then ((a.d + 10) + interval '12 months')::date end as official_from
                  from generate_series(1, %2$d::bigint) j
                  cross join lateral (select date '2019-01-15' + ((j - 1) * 2700 / %2$d)::int as d) a
                  cross join (select count(*) as n from bench_holder) h
                """.formatted(base, admitted),
                """
                insert into member (id, full_name, name_folded, sort_key, sex, birth_date, status, unit_id, admitted_on,
                                    ceremony_on, party_age_from) overriding system value
                select id, 'Đảng viên mới ' || j, 'dang vien moi ' || j, convert_to('dang vien moi ' || j, 'UTF8'),
                       case when j %% 2 = 0 then 'MALE' else 'FEMALE' end, d - 9000 - (j %% 3000)::int,
                       case when official_from is null then 'PROBATIONARY' else 'OFFICIAL' end, unit_id, d, d + 10,
                       case when official_from is null then null else d end
                  from bench_new
                """,
                """
                insert into member_event (member_id, seq, kind, occurred_on, unit_id, payload)
                select id, 1, 'CandidateRegistered', d - 90, unit_id,
                       jsonb_build_object('on', d - 90, 'branch', jsonb_build_object('value', unit_id)) from bench_new
                union all
                select id, 2, 'AwarenessCertified', d - 60, unit_id,
                       jsonb_build_object('on', d - 60, 'certificateNumber', 'GCN-' || j) from bench_new
                union all
                select id, 3, 'Introduced', d - 30, unit_id,
                       jsonb_build_object('on', d - 30, 'first', jsonb_build_object('value', 1), 'second', jsonb_build_object('value', 2))
                  from bench_new
                union all
                select id, 4, 'BranchVoted', d - 20, unit_id,
                       jsonb_build_object('on', d - 20, 'votesFor', 9, 'votesTotal', 10, 'resolutionNumber', 'NQ-' || j) from bench_new
                union all
                select id, 5, 'AdmissionDecided', d, unit_id,
                       jsonb_build_object('on', d, 'decisionNumber', 'QĐ-KN-' || j) from bench_new
                union all
                select id, 6, 'CeremonyHeld', d + 10, unit_id, jsonb_build_object('on', d + 10) from bench_new
                union all
                select id, 7, 'RecognizedOfficial', official_from + 5, unit_id,
                       jsonb_build_object('on', official_from + 5, 'decisionNumber', 'QĐ-CT-' || j)
                  from bench_new where official_from is not null
                """,
                """
                insert into member_period (member_id, valid_from, valid_to, status, unit_id, exempt)
                select id, d - 90, d, 'CANDIDATE', unit_id, false from bench_new
                union all
                select id, d, coalesce(official_from, 'infinity'), 'PROBATIONARY', unit_id, false from bench_new
                union all
                select id, official_from, 'infinity', 'OFFICIAL', unit_id, false from bench_new where official_from is not null
                """,
                "select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit))",
                "select setval(pg_get_serial_sequence('member', 'id'), (select max(id) from member))");
    }
}
