package vn.dangvu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangvu.WebIT;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

@WebIT
class CsrfAndTokensIT {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired StructuralChanges changes;

    private UnitId province() {
        return changes.establish(new EstablishUnit("T" + System.nanoTime() % 1_000_000_000L, "Thành ủy Huế",
                UnitType.PROVINCIAL_COMMITTEE, null, LocalDate.of(2000, 1, 1), null, null));
    }

    private long tokens(AccountPrincipal account) {
        return jdbc.sql("select count(*) from access_token where account_id = ?").param(account.accountId())
                .query(Long.class).single();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        AccountPrincipal user = accounts.create("csrf", Grant.of(Role.VIEWER, province()));

        mvc.perform(post("/account/tokens").with(accounts.as(user)).param("name", "không có mã CSRF"))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/access-denied"));
        mvc.perform(post("/account/tokens").with(accounts.as(user)).with(csrf().useInvalidToken())
                        .param("name", "mã CSRF sai"))
                .andExpect(status().isForbidden());
        assertThat(tokens(user)).isZero();

        mvc.perform(post("/account/tokens").with(accounts.as(user)).with(csrf()).param("name", "có mã CSRF"))
                .andExpect(redirectedUrl("/account"));
        assertThat(tokens(user)).isEqualTo(1);

        mvc.perform(post("/logout").with(accounts.as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", user.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiWithASessionNeedsCsrfButWithATokenDoesNot() throws Exception {
        AccountPrincipal user = accounts.create("api", Grant.of(Role.VIEWER, province()));
        mvc.perform(post("/api/v1/sensitive/member/1/identityNumber").with(accounts.as(user)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        String token = accounts.token(user);
        // Past CSRF: the record does not exist, so 404.
        mvc.perform(post("/api/v1/sensitive/member/1/identityNumber").with(accounts.bearer(token)))
                .andExpect(status().isNotFound());
    }

    @Test
    void tokenIsShownOnceWorksStatelesslyAndStopsWhenRevoked() throws Exception {
        AccountPrincipal user = accounts.create("tok", Grant.of(Role.VIEWER, province()));
        var created = mvc.perform(post("/account/tokens").with(accounts.as(user)).with(csrf())
                        .param("name", "Chương trình báo cáo"))
                .andExpect(redirectedUrl("/account")).andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("dv_");
        assertThat(jdbc.sql("select count(*) from access_token where prefix = ? and token_hash = ?")
                .params(token.substring(0, 9), AccessTokens.hash(token)).query(Long.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/account").with(accounts.as(user))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Chương trình báo cáo").doesNotContain(token);

        var me = mvc.perform(get("/api/v1/me").with(accounts.bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(user.username())).andReturn();
        assertThat(me.getRequest().getSession(false)).isNull();
        assertThat(me.getResponse().getHeader("Set-Cookie")).isNull();

        long tokenId = jdbc.sql("select id from access_token where account_id = ?").param(user.accountId())
                .query(Long.class).single();
        AccountPrincipal other = accounts.create("other", Grant.of(Role.VIEWER, province()));
        mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(accounts.as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").with(accounts.bearer(token))).andExpect(status().isOk());

        mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(accounts.as(user)).with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/me").with(accounts.bearer(token))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Mã truy cập không hợp lệ"));
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'account' and record_id = ? "
                        + "and action in ('TOKEN_CREATED', 'TOKEN_REVOKED')")
                .param(Long.toString(user.accountId())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void unknownExpiredOrDisabledTokensAreRefused() throws Exception {
        AccountPrincipal user = accounts.create("exp", Grant.of(Role.VIEWER, province()));
        mvc.perform(get("/api/v1/me").with(accounts.bearer("dv_khongphaima"))).andExpect(status().isUnauthorized());
        String token = accounts.token(user);
        jdbc.sql("update access_token set expires_on = current_date - 1 where account_id = ?")
                .param(user.accountId()).update();
        mvc.perform(get("/api/v1/me").with(accounts.bearer(token))).andExpect(status().isUnauthorized());
        String second = accounts.token(user);
        mvc.perform(get("/api/v1/me").with(accounts.bearer(second))).andExpect(status().isOk());
        jdbc.sql("update account set enabled = false where id = ?").param(user.accountId()).update();
        mvc.perform(get("/api/v1/me").with(accounts.bearer(second))).andExpect(status().isUnauthorized());
    }
}
