package vn.dangvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import vn.dangvu.organizations.UnitEventKind;
import vn.dangvu.organizations.UnitType;

/** Every text a user can see exists in Vietnamese and in English: a missing key fails the build. */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
    private static final Pattern RULE_DETAIL = Pattern.compile(
            "\\.violation\\(\"([a-z-]+)\"|require(?:Text|InTime)?\\([^;]*?, \"([a-z-]+)\"[,)]");

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English bundle for " + vi).exists();
                assertThat(load(en).stringPropertyNames()).as(en.toString())
                        .containsExactlyInAnyOrderElementsOf(load(vi).stringPropertyNames());
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = allKeys();
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    checked++;
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + template);
                    }
                }
            }
        }
        assertThat(checked).as("template keys found").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRuleMessageAndLabelExists() throws IOException {
        Set<String> keys = allKeys();
        Set<String> missing = new TreeSet<>();
        for (String module : new String[] {"organizations", "members", "targets"}) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve("vn/dangvu/" + module))) {
                for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(source);
                    Matcher m = RULE_DETAIL.matcher(text);
                    while (m.find()) {
                        String detail = m.group(1) != null ? m.group(1) : m.group(2);
                        if (!keys.contains(module + ".rule." + detail)) {
                            missing.add(module + ".rule." + detail + " in " + source);
                        }
                    }
                    Matcher literal = Pattern.compile("\"(" + module + "\\.rule\\.[a-z-]+)\"").matcher(text);
                    while (literal.find()) {
                        if (!keys.contains(literal.group(1))) {
                            missing.add(literal.group(1) + " in " + source);
                        }
                    }
                }
            }
        }
        for (var kind : vn.dangvu.members.MemberStatus.values()) {
            if (!keys.contains(kind.messageKey())) {
                missing.add(kind.messageKey());
            }
        }
        for (UnitType type : UnitType.values()) {
            if (!keys.contains(type.messageKey())) {
                missing.add(type.messageKey());
            }
        }
        for (UnitEventKind kind : UnitEventKind.values()) {
            if (!keys.contains(kind.messageKey())) {
                missing.add(kind.messageKey());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageWithArgumentsIsAValidMessageFormat() throws IOException {
        Set<String> broken = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.toList()) {
                Properties bundle = load(file);
                for (String key : bundle.stringPropertyNames()) {
                    String text = bundle.getProperty(key);
                    if (Pattern.compile("\\{\\d").matcher(text).find()) {
                        checked++;
                        try {
                            new java.text.MessageFormat(text, java.util.Locale.ENGLISH);
                        } catch (IllegalArgumentException e) {
                            broken.add(key + " in " + file.getFileName() + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(checked).as("messages with arguments").isGreaterThan(100);
        assertThat(broken).isEmpty();
    }

    @Test
    void englishCountsAgreeInNumber() throws IOException {
        Properties en = load(MESSAGES.resolve("member-pages_en.properties"));
        assertThat(format(en, "members.partyAge", 1, 1)).isEqualTo("1 year 1 month");
        assertThat(format(en, "members.partyAge", 0, 11)).isEqualTo("0 years 11 months");
        assertThat(format(en, "members.partyAge", 32, 6)).isEqualTo("32 years 6 months");
        assertThat(format(en, "members.list.found", 1L)).isEqualTo("List (1 person)");
        assertThat(format(en, "members.list.found", 1234L)).isEqualTo("List (1,234 people)");
        assertThat(format(en, "members.search.found", 1L)).isEqualTo("1 person found.");
        assertThat(format(en, "members.counts.title", "03/12/2026", 18L)).isEqualTo("Counts as of 03/12/2026: 18 people");
        Properties workbook = load(MESSAGES.resolve("workbook_en.properties"));
        assertThat(format(workbook, "workbook.refused.summary", 1)).startsWith("The file has 1 error;");
        assertThat(format(workbook, "workbook.imported", 2)).isEqualTo("2 units added from the file.");
    }

    private static String format(Properties bundle, String key, Object... arguments) {
        return new java.text.MessageFormat(bundle.getProperty(key), java.util.Locale.ENGLISH).format(arguments);
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path p : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                keys.addAll(load(p).stringPropertyNames());
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
