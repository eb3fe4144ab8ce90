package vn.dangvu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangvu.WebIT;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

@WebIT
class SignInIT {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired StructuralChanges changes;
    @Autowired SignInPolicy policy;

    private UnitId province() {
        return changes.establish(new EstablishUnit("L" + System.nanoTime() % 1_000_000_000L, "Tỉnh ủy Lào Cai",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));
    }

    private int failures(AccountPrincipal account) {
        return jdbc.sql("select failed_sign_ins from account where id = ?").param(account.accountId())
                .query(Integer.class).single();
    }

    private long auditCount(AccountPrincipal account, String action) {
        return jdbc.sql("select count(*) from audit_entry where record_type = 'account' and record_id = ? and action = ?")
                .params(Long.toString(account.accountId()), action).query(Long.class).single();
    }

    @Test
    void signsInWithTheRightPasswordAndRenewsTheSessionId() throws Exception {
        AccountPrincipal user = accounts.create("ok", Grant.of(Role.VIEWER, province()));
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        var result = mvc.perform(post("/login").session(session).with(csrf()).with(request -> {
                            request.setRequestedSessionId(before);
                            request.setRequestedSessionIdValid(true);
                            return request;
                        })
                        .param("username", user.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/")).andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
        assertThat(auditCount(user, "SIGNED_IN")).isEqualTo(1);
        assertThat(jdbc.sql("""
                select actor_name || ' ' || channel || ' ' || ip from audit_entry
                 where record_type = 'account' and record_id = ? and action = 'SIGNED_IN'
                """).param(Long.toString(user.accountId())).query(String.class).single())
                .isEqualTo(user.username() + " PAGE 127.0.0.1");
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileEvenAgainstTheRightPassword() throws Exception {
        AccountPrincipal user = accounts.create("lock", Grant.of(Role.VIEWER, province()));
        for (int i = 1; i < policy.lockAfter(); i++) {
            mvc.perform(formLogin("/login").user(user.username()).password("sai mật khẩu " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(failures(user)).isEqualTo(policy.lockAfter() - 1);
        assertThat(jdbc.sql("select locked_until is null from account where id = ?").param(user.accountId())
                .query(Boolean.class).single()).isTrue();

        mvc.perform(formLogin("/login").user(user.username()).password("lần cuối sai"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(auditCount(user, "SIGN_IN_FAILED")).isEqualTo(policy.lockAfter() - 1);
        assertThat(auditCount(user, "LOCKED")).isEqualTo(1);
        assertThat(auditCount(user, "SIGNED_IN")).isZero();

        // Once the lock has run out, the right password signs in and the count starts again.
        jdbc.sql("update account set locked_until = now() - interval '1 minute' where id = ?")
                .param(user.accountId()).update();
        mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(failures(user)).isZero();
    }

    @Test
    void unknownUserAndWrongPasswordAnswerAlike() throws Exception {
        AccountPrincipal user = accounts.create("alike", Grant.of(Role.VIEWER, province()));
        mvc.perform(formLogin("/login").user("khong-co-ai-" + System.nanoTime()).password("bất kỳ mật khẩu nào"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(user.username()).password("bất kỳ mật khẩu nào"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesAskToSignInAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"));
        mvc.perform(get("/account").header("HX-Request", "true")).andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void signInPageIsVietnameseAndCarriesStrictSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsString()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu", "name=\"_csrf\"");
        assertThat(response.getHeader("Content-Security-Policy"))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getContentAsString()).doesNotContain("style=\"", "onclick", "<script>");
    }

    @Test
    void disabledAccountIsSignedOutOfItsOpenSession() throws Exception {
        AccountPrincipal user = accounts.create("off", Grant.of(Role.VIEWER, province()));
        mvc.perform(get("/account").with(accounts.as(user))).andExpect(status().isOk());
        jdbc.sql("update account set enabled = false where id = ?").param(user.accountId()).update();
        mvc.perform(get("/account").with(accounts.as(user))).andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    void mustChangePasswordReachesOnlyThePasswordFormThenChangesIt() throws Exception {
        AccountPrincipal user = accounts.create("first", Grant.of(Role.VIEWER, province()));
        jdbc.sql("update account set must_change_password = true where id = ?").param(user.accountId()).update();

        mvc.perform(get("/account").with(accounts.as(user))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").with(accounts.as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/account/password").with(accounts.as(user))).andExpect(status().isOk());

        // Too short, then mismatched, then the wrong current one: refused, nothing changed.
        mvc.perform(post("/account/password").with(accounts.as(user)).with(csrf())
                        .param("current", TestAccounts.PASSWORD).param("next", "ngắn").param("confirm", "ngắn"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password").with(accounts.as(user)).with(csrf())
                        .param("current", TestAccounts.PASSWORD).param("next", "một câu đủ dài để nhớ")
                        .param("confirm", "một câu khác hẳn"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password").with(accounts.as(user)).with(csrf())
                        .param("current", "không phải mật khẩu").param("next", "một câu đủ dài để nhớ")
                        .param("confirm", "một câu đủ dài để nhớ"))
                .andExpect(status().isOk());
        assertThat(auditCount(user, "PASSWORD_CHANGED")).isZero();

        mvc.perform(post("/account/password").with(accounts.as(user)).with(csrf())
                        .param("current", TestAccounts.PASSWORD).param("next", "một câu đủ dài để nhớ")
                        .param("confirm", "một câu đủ dài để nhớ"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").with(accounts.as(user))).andExpect(status().isOk());
        assertThat(auditCount(user, "PASSWORD_CHANGED")).isEqualTo(1);
        mvc.perform(formLogin("/login").user(user.username()).password("một câu đủ dài để nhớ"))
                .andExpect(redirectedUrl("/"));
    }
}
