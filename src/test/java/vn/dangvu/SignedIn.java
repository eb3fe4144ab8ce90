package vn.dangvu;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc through the real security chain with every request signed in as one account and carrying
 * a CSRF token: for tests about something other than signing in.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static MockMvcTester mvc(WebApplicationContext context, RequestPostProcessor account) {
        return MockMvcTester.create(MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .defaultRequest(MockMvcRequestBuilders.get("/").with(account)
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .build());
    }
}
