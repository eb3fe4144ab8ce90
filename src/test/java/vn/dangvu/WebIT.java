package vn.dangvu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * A test of the whole application through MockMvc, with the real security filter chain. Failed
 * sign-ins wait milliseconds instead of seconds, so lockout tests run fast; every test class with
 * this annotation shares one application context (and one embedded database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"dangvu.sign-in.base-delay=1ms", "dangvu.sign-in.max-delay=4ms"})
public @interface WebIT {
}
