package vn.dangvu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Its own application context, so it starts on an empty database of its own and sees the first start. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "dangvu.test.context=first-start")
class FirstStartAdminIT {

    private static final Pattern PASSWORD = Pattern.compile("one-time password:\\s+(\\S+)");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired FirstStartAdmin firstStart;
    @Autowired TransactionTemplate transactions;

    @Test
    void createsAdminWithAOneTimePasswordLoggedOnceAndDemandsANewOne(CapturedOutput output) throws Exception {
        Matcher matcher = PASSWORD.matcher(output.getOut());
        assertThat(matcher.find()).as("the first start logs the admin's one-time password").isTrue();
        String oneTime = matcher.group(1);
        assertThat(matcher.find()).as("the password is logged once").isFalse();
        assertThat(jdbc.sql("""
                select a.must_change_password from account a join account_grant g on g.account_id = a.id
                 where a.username = 'admin' and g.role = 'SYSTEM_ADMIN'
                """).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select password_hash from account where username = 'admin'").query(String.class).single())
                .startsWith("{argon2}").doesNotContain(oneTime);

        // Accounts exist now: a second start creates nothing and logs nothing.
        String second = transactions.execute(tx -> firstStart.createAdminIfNoAccount());
        assertThat(second).isNull();
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);

        var signIn = mvc.perform(formLogin("/login").user("admin").password(oneTime))
                .andExpect(redirectedUrl("/")).andReturn();
        var session = (MockHttpSession) signIn.getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/accounts").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", oneTime)
                        .param("next", "quản trị viên mới của Đảng Vụ").param("confirm", "quản trị viên mới của Đảng Vụ"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/accounts").session(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'account' and action in "
                + "('CREATED', 'SIGNED_IN', 'PASSWORD_CHANGED')").query(Long.class).single()).isEqualTo(3);
    }
}
