package vn.dangvu.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module under {@code messages/}: each module adds its own file and every
 * one is found here, so no central list has to be kept in step. The files without a language
 * suffix are Vietnamese, the default; {@code _en} files are English.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(moduleBundles());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    static String[] moduleBundles() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties"))
                    .map(r -> Objects.requireNonNull(r.getFilename()))
                    .filter(name -> !name.contains("_"))
                    .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }
}
