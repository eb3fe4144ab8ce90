package vn.dangvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import vn.dangvu.SignedIn;
import vn.dangvu.accounts.TestAccounts;

/** An address no controller takes: a page in the user's language for a browser, problem details for the API. */
@SpringBootTest
@AutoConfigureMockMvc
class UnmatchedRequestIT {

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    MockMvcTester mvc;

    @BeforeEach
    void signIn() {
        mvc = SignedIn.mvc(context, accounts.as(accounts.admin()));
    }

    @Test
    void aMistypedAddressInTheBrowserGetsThePageInVietnamese() {
        var result = mvc.get().uri("/members").accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).hasViewName("error/page");
        assertThat(result).bodyText().contains("Không tìm thấy trang hoặc bản ghi này").doesNotContain("\"status\"");
    }

    @Test
    void aFormsAddressOpenedAsALinkGetsThePage() {
        var result = mvc.get().uri("/account/password").accept(MediaType.TEXT_HTML).exchange();
        // the page itself answers GET; its POST-only neighbour below does not
        assertThat(result).hasStatusOk();
        var wrongMethod = mvc.put().uri("/account/password").accept(MediaType.TEXT_HTML).exchange();
        assertThat(wrongMethod).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(wrongMethod).hasViewName("error/page");
        assertThat(wrongMethod).bodyText().contains("Yêu cầu không hợp lệ");
    }

    @Test
    void aPageAskedWithoutARequiredParameterGetsThePage() {
        var result = mvc.get().uri("/units/suggest").accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).hasViewName("error/page");
        assertThat(result).bodyText().contains("Yêu cầu không hợp lệ");
    }

    @Test
    void anUnknownApiAddressGetsProblemDetailsInTheClientsLanguage() {
        var result = mvc.get().uri("/api/v1/nothing-here").accept(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Not found, or you may not see it.");
        var wrongMethod = mvc.delete().uri("/api/v1/members").accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(wrongMethod).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(wrongMethod).hasHeader("Allow", "GET");
        assertThat(wrongMethod).bodyJson().extractingPath("$.detail").isEqualTo("Địa chỉ này không nhận phương thức yêu cầu đã gửi.");
    }
}
