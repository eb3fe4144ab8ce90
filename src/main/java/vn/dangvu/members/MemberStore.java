package vn.dangvu.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.VietnameseText;

/** Writes of member records: the events, and the projections rebuilt from them for one member at a time. */
@Repository
class MemberStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ThreadLocal<Collator> collator = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(new ULocale("vi"));
        c.setStrength(Collator.TERTIARY);
        return c;
    });

    MemberStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    MemberId insert(Profile p, MemberHistory history) {
        long id = jdbc.sql("""
                insert into member (full_name, name_folded, sort_key, sex, birth_date, ethnicity, religion, hometown,
                                    address, identity_number, education, theory_level, occupation, workplace,
                                    party_card_number, phone, email, status, unit_id)
                values (:name, :folded, :sortKey, :sex, :birth, :ethnicity, :religion, :hometown, :address, :idn,
                        :education, :theory, :occupation, :workplace, :card, :phone, :email, :status, :unit)
                returning id
                """)
                .params(profileParams(p))
                .param("status", history.currentStatus().name())
                .param("unit", history.currentUnit().value())
                .query(Long.class).single();
        return new MemberId(id);
    }

    void updateProfile(MemberId id, Profile p) {
        jdbc.sql("""
                update member set full_name = :name, name_folded = :folded, sort_key = :sortKey, sex = :sex,
                       birth_date = :birth, ethnicity = :ethnicity, religion = :religion, hometown = :hometown,
                       address = :address, identity_number = :idn, education = :education, theory_level = :theory,
                       occupation = :occupation, workplace = :workplace, party_card_number = :card, phone = :phone,
                       email = :email, updated_at = now(), version = version + 1
                 where id = :id
                """).params(profileParams(p)).param("id", id.value()).update();
    }

    /** The member row's personal columns, by parameter name; shared with {@link MemberCopy}. */
    Map<String, Object> profileParams(Profile p) {
        var params = new HashMap<String, Object>();
        params.put("name", p.fullName());
        params.put("folded", VietnameseText.fold(p.fullName()));
        params.put("sortKey", sortKey(p));
        params.put("sex", p.sex().name());
        params.put("birth", p.birthDate());
        params.put("ethnicity", p.ethnicity());
        params.put("religion", p.religion());
        params.put("hometown", p.hometown());
        params.put("address", p.address());
        params.put("idn", p.identityNumber() == null ? null : p.identityNumber().value());
        params.put("education", p.education());
        params.put("theory", p.theoryLevel());
        params.put("occupation", p.occupation());
        params.put("workplace", p.workplace());
        params.put("card", p.partyCardNumber());
        params.put("phone", p.phone());
        params.put("email", p.email());
        return params;
    }

    /**
     * The Vietnamese order of names as bytes: the collation keys of the given, middle and family names
     * one after the other. Each ICU key ends with a zero byte, lower than any byte inside a key, so
     * the bytes compare field by field: "Đỗ Văn Anh" before "Trần Thị Ánh", although "Thị" < "Văn".
     */
    static byte[] sortKey(Collator collator, Profile profile) {
        var out = new java.io.ByteArrayOutputStream();
        for (String field : profile.sortFields()) {
            out.writeBytes(collator.getCollationKey(field).toByteArray());
        }
        return out.toByteArray();
    }

    /** The personal record as stored. */
    Profile profile(MemberId id) {
        return jdbc.sql("select * from member where id = ?").param(id.value()).query((rs, n) -> new Profile(
                rs.getString("full_name"), Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"), rs.getString("religion"), rs.getString("hometown"), rs.getString("address"),
                rs.getString("identity_number") == null ? null : new IdentityNumber(rs.getString("identity_number")),
                rs.getString("education"), rs.getString("theory_level"), rs.getString("occupation"),
                rs.getString("workplace"), rs.getString("party_card_number"), rs.getString("phone"),
                rs.getString("email"))).single();
    }

    /** The sort key of {@link #sortKey(Collator, Profile)} with this thread's collator; shared with {@link MemberCopy}. */
    byte[] sortKey(Profile p) {
        return sortKey(collator.get(), p);
    }

    /** The ICU collation key of one field of {@link #sortKey(Collator, Profile)}, with this thread's collator. */
    byte[] collationKey(String field) {
        return collator.get().getCollationKey(field).toByteArray();
    }

    /** The stored form of an event: its record components as JSON. */
    String payload(MemberEvent event) {
        return json.writeValueAsString(event);
    }

    boolean identityTaken(IdentityNumber number, MemberId except) {
        return jdbc.sql("select exists(select 1 from member where identity_number = ? and id <> ?)")
                .params(number.value(), except == null ? -1L : except.value()).query(Boolean.class).single();
    }

    /** Holds the member's row until the transaction ends, so two events for one member queue up. */
    Optional<LocalDate> lockBirthDate(MemberId id) {
        return jdbc.sql("select birth_date from member where id = ? for update").param(id.value())
                .query(LocalDate.class).optional();
    }

    List<MemberEvent> events(MemberId id) {
        return jdbc.sql("select kind, payload from member_event where member_id = ? order by seq").param(id.value())
                .query((rs, n) -> readEvent(rs)).list();
    }

    void appendEvent(MemberId id, int seq, MemberEvent event, UnitId countedIn) {
        jdbc.sql("""
                insert into member_event (member_id, seq, kind, occurred_on, unit_id, payload)
                values (?, ?, ?, ?, ?, cast(? as jsonb))
                """).params(id.value(), seq, event.kind(), event.on(), countedIn == null ? null : countedIn.value(),
                        payload(event)).update();
    }

    /** Rewrites the member's projections from the whole history. */
    void project(MemberId id, MemberHistory history) {
        jdbc.sql("""
                update member set status = :status, unit_id = :unit, host_unit_id = :host, exempt = :exempt,
                       admitted_on = :admitted, ceremony_on = :ceremony, probation_ends_on = :probationEnd,
                       candidate_since = :candidateSince, certificate_on = :certificate, branch_vote_on = :vote,
                       party_age_from = :partyAgeFrom, badges = :badges,
                       updated_at = now(), version = version + 1
                 where id = :id
                """)
                .params(projectionParams(history))
                .param("id", id.value())
                .update();
        jdbc.sql("delete from member_period where member_id = ?").param(id.value()).update();
        for (Period p : history.periods()) {
            jdbc.sql("""
                    insert into member_period (member_id, valid_from, valid_to, status, unit_id, host_unit_id, exempt)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """).params(id.value(), p.from(), p.to(), p.status().name(), p.unit().value(),
                            p.hostUnit() == null ? null : p.hostUnit().value(), p.exempt()).update();
        }
    }

    /** The member row's projected columns, by parameter name. */
    Map<String, Object> projectionParams(MemberHistory history) {
        Projection p = Projection.of(history);
        var params = new HashMap<String, Object>();
        params.put("status", p.status().name());
        params.put("unit", p.unit().value());
        params.put("host", p.host() == null ? null : p.host().value());
        params.put("exempt", p.exempt());
        params.put("admitted", p.admitted());
        params.put("ceremony", p.ceremony());
        params.put("probationEnd", p.probationEnd());
        params.put("candidateSince", p.candidateSince());
        params.put("certificate", p.certificate());
        params.put("vote", p.vote());
        params.put("partyAgeFrom", p.partyAgeFrom());
        params.put("badges", p.badges());
        return params;
    }

    /**
     * The member row's projected columns, as {@link #projectionParams} names them and {@link MemberCopy}
     * writes them in COPY order: the dates of the cycle the member is in, the others null.
     */
    record Projection(MemberStatus status, UnitId unit, UnitId host, boolean exempt, LocalDate admitted,
            LocalDate ceremony, LocalDate probationEnd, LocalDate candidateSince, LocalDate certificate, LocalDate vote,
            LocalDate partyAgeFrom, Integer[] badges) {

        static Projection of(MemberHistory history) {
            boolean candidate = history.currentStatus() == MemberStatus.CANDIDATE;
            return new Projection(history.currentStatus(), history.currentUnit(), history.hostUnit(), history.exempt(),
                    candidate ? null : history.admissionDecisionOn().orElse(null),
                    candidate ? null : history.ceremonyOn().orElse(null),
                    history.probationEnd().orElse(null),
                    candidate ? history.candidateSince().orElse(null) : null,
                    candidate ? history.certificateOn().orElse(null) : null,
                    candidate ? history.branchVoteOn().orElse(null) : null,
                    history.partyAgeFrom().orElse(null),
                    history.badges().stream().sorted().toArray(Integer[]::new));
        }
    }

    Optional<MemberStatus> statusOn(MemberId id, LocalDate on) {
        return jdbc.sql("select status from member_period where member_id = ? and valid_from <= ? and valid_to > ?")
                .params(id.value(), on, on).query((rs, n) -> MemberStatus.valueOf(rs.getString(1))).optional();
    }

    private MemberEvent readEvent(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        try {
            Class<?> type = Class.forName(MemberEvent.class.getName() + "$" + kind);
            return (MemberEvent) json.readValue(rs.getString("payload"), type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown member event kind " + kind, e);
        }
    }
}
