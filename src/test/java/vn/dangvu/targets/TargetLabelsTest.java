package vn.dangvu.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every measure of the built-in catalog and every value a page names has its text in Vietnamese and English. */
class TargetLabelsTest {

    @Test
    void everyBuiltInMeasureAndEnumHasALabelInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        new BuiltInMeasures(null).measures().forEach(m -> keys.add(m.labelKey()));
        for (Status s : Status.values()) {
            keys.add(s.messageKey());
        }
        for (Quantity q : Quantity.values()) {
            keys.add(q.messageKey());
        }
        for (Direction d : Direction.values()) {
            keys.add(d.messageKey());
        }
        for (Scope s : Scope.values()) {
            keys.add(s.messageKey());
        }
        for (MeasureKind k : MeasureKind.values()) {
            keys.add(k.messageKey());
            keys.add("targets.compare.rule." + k.name());
        }
        for (var r : ProgressSettings.ROUNDINGS) {
            keys.add("target.rounding." + r.name());
        }
        keys.add("target.manual.FLOW");
        keys.add("target.manual.STOCK");
        for (String bundle : List.of("targets.properties", "targets_en.properties")) {
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", bundle),
                    StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            assertThat(keys).as(bundle).allSatisfy(k -> assertThat(texts.getProperty(k)).as(k).isNotBlank());
        }
    }
}
