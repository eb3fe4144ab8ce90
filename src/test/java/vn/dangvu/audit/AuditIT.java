package vn.dangvu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.WebIT;
import vn.dangvu.accounts.AccountAdministration;
import vn.dangvu.accounts.AccountPrincipal;
import vn.dangvu.accounts.Grant;
import vn.dangvu.accounts.Role;
import vn.dangvu.accounts.TestAccounts;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.Commands.MergeIntoNewUnit;
import vn.dangvu.organizations.Commands.MergeUnits;
import vn.dangvu.organizations.Commands.OpenTerm;
import vn.dangvu.organizations.Commands.RenameUnit;
import vn.dangvu.organizations.Commands.SplitPart;
import vn.dangvu.organizations.Commands.SplitUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

@WebIT
class AuditIT {

    @Autowired StructuralChanges changes;
    @Autowired AccountAdministration administration;
    @Autowired AuditLog log;
    @Autowired AuditBrowser browser;
    @Autowired TestAccounts accounts;
    @Autowired FakeSensitiveRecords records;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TransactionTemplate transactions;

    private static int seq;

    private UnitId unit(UnitId superior, UnitType type, String name, LocalDate on) {
        return changes.establish(new EstablishUnit("A" + System.nanoTime() % 1_000_000_000L + "-" + seq++, name, type,
                superior, on, null, null));
    }

    record Row(String actor, String channel, String action, String recordType, String recordId, String before,
            String after) {
    }

    private List<Row> entries(String recordType, Object recordId) {
        return jdbc.sql("""
                select actor_name, channel, action, record_type, record_id, before::text, after::text
                  from audit_entry where record_type = ? and record_id = ? order by id
                """).params(recordType, recordId.toString())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    @Test
    void everyStructuralChangeLeavesAnEntryWithWhoAndBeforeAndAfter() {
        AccountPrincipal admin = accounts.admin();
        accounts.runAs(admin, () -> {
            UnitId province = unit(null, UnitType.PROVINCIAL_COMMITTEE, "Tỉnh ủy Điện Biên", LocalDate.of(2000, 1, 1));
            UnitId g1 = unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Sở Y tế", LocalDate.of(2001, 1, 1));
            UnitId g2 = unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Sở Giáo dục", LocalDate.of(2001, 1, 1));
            UnitId g3 = unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Sở Nội vụ", LocalDate.of(2001, 1, 1));
            UnitId b1 = unit(g1, UnitType.BRANCH, "Chi bộ Văn phòng", LocalDate.of(2002, 1, 1));
            UnitId b2 = unit(g1, UnitType.BRANCH, "Chi bộ Kế hoạch", LocalDate.of(2002, 1, 1));
            UnitId b3 = unit(g2, UnitType.BRANCH, "Chi bộ Tổ chức", LocalDate.of(2002, 1, 1));

            changes.rename(new RenameUnit(g1, "Đảng bộ Sở Y tế tỉnh Điện Biên", LocalDate.of(2005, 1, 1), "QĐ 1"));
            changes.handOver(new HandOverUnit(b3, g3, LocalDate.of(2006, 1, 1), null, null));
            List<UnitId> parts = changes.split(new SplitUnit(g1, List.of(new SplitPart("SP1-" + seq++, "Đảng bộ Bệnh viện",
                    List.of(b1)), new SplitPart("SP2-" + seq++, "Đảng bộ Trung tâm Y tế", List.of(b2))),
                    LocalDate.of(2010, 1, 1), true, null));
            changes.merge(new MergeUnits(List.of(parts.get(0)), parts.get(1), LocalDate.of(2012, 1, 1), null));
            UnitId merged = changes.mergeIntoNew(new MergeIntoNewUnit(List.of(g2, g3), "MN-" + seq++,
                    "Đảng bộ Khối Văn xã", UnitType.GRASSROOTS_COMMITTEE, province, LocalDate.of(2013, 1, 1), null));
            changes.dissolve(new DissolveUnit(b1, LocalDate.of(2014, 1, 1), null, null));
            var term = changes.openTerm(new OpenTerm(merged, 1, LocalDate.of(2015, 10, 1), 2015, 2020));

            assertThat(entries("unit", g1)).extracting(Row::action).containsExactly("ESTABLISHED", "RENAMED", "SPLIT");
            Row rename = entries("unit", g1).get(1);
            assertThat(rename.actor()).isEqualTo(admin.username());
            assertThat(rename.before()).contains("\"name\": \"Đảng bộ Sở Y tế\"").doesNotContain("code");
            assertThat(rename.after()).contains("\"name\": \"Đảng bộ Sở Y tế tỉnh Điện Biên\"", "2005-01-01");
            assertThat(entries("unit", g1).get(2).after()).contains("\"dissolvedOn\": \"2010-01-01\"");
            assertThat(entries("unit", b3)).extracting(Row::action).containsExactly("ESTABLISHED", "HANDED_OVER",
                    "HANDED_OVER");
            assertThat(entries("unit", b3).get(1).before()).contains("\"superior\": " + g2.value());
            assertThat(entries("unit", b3).get(1).after()).contains("\"superior\": " + g3.value());
            assertThat(entries("unit", b1)).extracting(Row::action)
                    .containsExactly("ESTABLISHED", "HANDED_OVER", "HANDED_OVER", "DISSOLVED");
            assertThat(entries("unit", parts.get(0))).extracting(Row::action).containsExactly("ESTABLISHED", "MERGED");
            assertThat(entries("unit", g2)).extracting(Row::action).containsExactly("ESTABLISHED", "MERGED");
            assertThat(entries("unit", merged)).extracting(Row::action).containsExactly("ESTABLISHED");
            assertThat(entries("term", term.id())).extracting(Row::action).containsExactly("TERM_OPENED");
            assertThat(entries("term", term.id()).get(0).after()).contains("\"congressNumber\": 1", "2015-10-01");
        });
    }

    @Test
    void everyAccountChangeLeavesAnEntry() {
        UnitId province = unit(null, UnitType.PROVINCIAL_COMMITTEE, "Tỉnh ủy Sơn La", LocalDate.of(2000, 1, 1));
        UnitId branch = unit(unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Xã", LocalDate.of(2001, 1, 1)),
                UnitType.BRANCH, "Chi bộ Bản Mòng", LocalDate.of(2002, 1, 1));
        AccountPrincipal staff = accounts.create("staff", Grant.of(Role.COMMITTEE_STAFF, province));
        accounts.runAs(staff, () -> {
            long id = administration.create("bithu-" + seq++, "Lò Văn Tâm", Grant.of(Role.BRANCH_SECRETARY, branch)).id();
            administration.addGrant(id, Grant.of(Role.VIEWER, province));
            administration.removeGrant(id, Grant.of(Role.VIEWER, province));
            administration.resetPassword(id);
            administration.setEnabled(id, false);
            administration.setEnabled(id, true);
            jdbc.sql("update account set failed_sign_ins = 10, locked_until = now() + interval '1 hour' where id = ?")
                    .param(id).update();
            administration.unlock(id);

            assertThat(entries("account", id)).extracting(Row::action).containsExactly("CREATED", "GRANT_ADDED",
                    "GRANT_REMOVED", "PASSWORD_RESET", "DISABLED", "ENABLED", "UNLOCKED");
            assertThat(entries("account", id)).extracting(Row::actor).containsOnly(staff.username());
            Row created = entries("account", id).get(0);
            assertThat(created.after()).contains("Lò Văn Tâm", "BRANCH_SECRETARY@" + branch.value())
                    .doesNotContain("password_hash", "argon2");
        });
    }

    @Test
    void revealingAMaskedFieldNeedsTheRightAndIsLogged() throws Exception {
        UnitId province = unit(null, UnitType.PROVINCIAL_COMMITTEE, "Tỉnh ủy Lai Châu", LocalDate.of(2000, 1, 1));
        UnitId other = unit(null, UnitType.PROVINCIAL_COMMITTEE, "Tỉnh ủy Hà Giang", LocalDate.of(2000, 1, 1));
        String recordId = "m" + seq++;
        records.put(recordId, province.value(), "001099012345");
        AccountPrincipal staff = accounts.create("staff", Grant.of(Role.COMMITTEE_STAFF, province));
        AccountPrincipal viewer = accounts.create("viewer", Grant.of(Role.VIEWER, province));
        AccountPrincipal stranger = accounts.create("stranger", Grant.of(Role.COMMITTEE_STAFF, other));
        String url = "/sensitive/" + FakeSensitiveRecords.TYPE + "/" + recordId + "/" + FakeSensitiveRecords.FIELD;

        mvc.perform(post(url).with(accounts.as(viewer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(url).with(accounts.as(stranger)).with(csrf())).andExpect(status().isNotFound());
        assertThat(entries(FakeSensitiveRecords.TYPE, recordId)).isEmpty();

        String html = mvc.perform(post(url).with(accounts.as(staff)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("001099012345");
        mvc.perform(post("/api/v1" + url).with(accounts.bearer(accounts.token(staff))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value("001099012345"));
        assertThat(entries(FakeSensitiveRecords.TYPE, recordId)).extracting(Row::action, Row::channel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REVEALED", "PAGE"),
                        org.assertj.core.groups.Tuple.tuple("REVEALED", "API"));
        assertThat(entries(FakeSensitiveRecords.TYPE, recordId).get(0).after()).doesNotContain("001099012345");
    }

    @Test
    void exportsAreLogged() {
        UnitId province = unit(null, UnitType.PROVINCIAL_COMMITTEE, "Tỉnh ủy Yên Bái", LocalDate.of(2000, 1, 1));
        AccountPrincipal staff = accounts.create("staff", Grant.of(Role.COMMITTEE_STAFF, province));
        accounts.runAs(staff, () -> log.recordExport("member-list", Set.of(province.value()), 42,
                Map.of("format", "xlsx")));
        assertThat(jdbc.sql("select after::text from audit_entry where action = 'EXPORTED' and actor_name = ?")
                .param(staff.username()).query(String.class).single()).contains("\"rows\": 42", "xlsx");
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        AccountPrincipal admin = accounts.admin();
        accounts.runAs(admin, () -> unit(null, UnitType.PROVINCIAL_COMMITTEE, "Tỉnh ủy Tuyên Quang",
                LocalDate.of(2000, 1, 1)));
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = 'ai đó'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void staffBrowseTheirSubtreeOnlyAndViewersNotAtAll() throws Exception {
        UnitId province = unit(null, UnitType.PROVINCIAL_COMMITTEE, "Tỉnh ủy Cao Bằng", LocalDate.of(2000, 1, 1));
        UnitId mine = unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Của Tôi", LocalDate.of(2001, 1, 1));
        UnitId theirs = unit(province, UnitType.GRASSROOTS_COMMITTEE, "Đảng bộ Của Người Khác", LocalDate.of(2001, 1, 1));
        changes.rename(new RenameUnit(mine, "Đảng bộ Của Tôi Đổi Tên", LocalDate.of(2003, 1, 1), null));
        changes.rename(new RenameUnit(theirs, "Đảng bộ Bí Mật Đổi Tên", LocalDate.of(2003, 1, 1), null));
        AccountPrincipal staff = accounts.create("staff", Grant.of(Role.COMMITTEE_STAFF, mine));
        AccountPrincipal viewer = accounts.create("viewer", Grant.of(Role.VIEWER, mine));

        String page = mvc.perform(get("/audit").param("recordType", "unit").with(accounts.as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đảng bộ Của Tôi Đổi Tên").doesNotContain("Bí Mật");
        String filtered = mvc.perform(get("/audit").param("recordId", Long.toString(theirs.value()))
                .with(accounts.as(staff))).andReturn().getResponse().getContentAsString();
        assertThat(filtered).doesNotContain("Bí Mật");
        mvc.perform(get("/audit").with(accounts.as(viewer))).andExpect(status().isNotFound());
        accounts.runAs(accounts.admin(), () -> assertThat(browser.search(new AuditBrowser.Filter(null, null, null,
                "unit", Long.toString(theirs.value()), "RENAMED"), 0, 10).total()).isEqualTo(1));
    }
}
