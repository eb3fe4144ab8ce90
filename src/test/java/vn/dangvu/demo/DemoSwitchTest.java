package vn.dangvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

/** The run command's switch: {@code --demo} or {@code dangvu.demo=true}, and nothing else, asks for the demo. */
class DemoSwitchTest {

    static boolean requested(String property, String... args) {
        MockEnvironment environment = new MockEnvironment();
        if (property != null) {
            environment.setProperty("dangvu.demo", property);
        }
        return DemoRunner.requested(new DefaultApplicationArguments(args), environment);
    }

    @Test
    void theDemoArgumentAsksForTheDemo() {
        assertThat(requested(null, "--demo")).isTrue();
        assertThat(requested(null, "--server.port=18085", "--demo")).isTrue();
        assertThat(requested(null, "--demo=true")).isTrue();
    }

    @Test
    void thePropertyAsksForTheDemo() {
        assertThat(requested("true")).isTrue();
        assertThat(requested("true", "--server.port=18085")).isTrue();
    }

    @Test
    void withoutEitherOrWhenSwitchedOffNothingIsLoaded() {
        assertThat(requested(null)).isFalse();
        assertThat(requested(null, "--server.port=18085", "demo")).isFalse();
        assertThat(requested(null, "--demo=false")).isFalse();
        assertThat(requested("false")).isFalse();
    }
}
