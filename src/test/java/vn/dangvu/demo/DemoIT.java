package vn.dangvu.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test on a database the demo dataset was loaded into at start, as {@code --demo} loads it. Every
 * class with this annotation shares one application context (one embedded database, one load); a
 * report's test asserts the figures of {@link DemoFigures} in its generated text on it, finding the
 * committees through {@link DemoData}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "dangvu.demo=true")
public @interface DemoIT {
}
