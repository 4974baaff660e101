package org.boxoffice.web;

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

/**
 * The texts of the pages: every key that a page or a class uses is in {@code messages.properties},
 * and every translation beside it has exactly its keys; the same for the door scanner's texts.
 */
class MessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/org/boxoffice/web");
    private static final Pattern IN_PAGES = Pattern.compile("msg\\['([\\w.-]+)'\\]");
    private static final Pattern IN_CLASSES = Pattern.compile(
            "(?:FacesMessages\\.(?:text|info|error)|FacesMessages\\.(?:info|error)For\\(\\w+,\\s*|texts\\.getString|MessagePage\\.error\\([^\"]*)\\(?\"([\\w.-]*\\w)\"");

    @Test
    void everyKeyInUseIsThere() throws IOException {
        Set<String> keys = load(BUNDLE.resolve("messages.properties")).stringPropertyNames();
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(Path.of("src/main/webapp"), ".xhtml", IN_PAGES));
        used.addAll(keysIn(Path.of("src/main/java"), ".java", IN_CLASSES));

        assertThat(used).as("keys found in the pages and classes").contains("signIn.title", "error.viewExpired");
        assertThat(keys).containsAll(used);
    }

    /** The settings page names each setting and says what it takes, from keys it makes of the setting's name. */
    @Test
    void everySystemSettingHasItsNameAndHint() throws IOException {
        Set<String> keys = load(BUNDLE.resolve("messages.properties")).stringPropertyNames();
        for (org.boxoffice.settings.entity.Setting setting : org.boxoffice.settings.entity.Setting.values()) {
            String name = "settings."
                    + setting.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertThat(keys).contains(name, name + ".hint");
        }
    }

    /** The event page and the moderation queue say in their own words what the review component refuses. */
    @Test
    void everyRefusalOfAReviewHasItsPageText() throws IOException {
        Set<String> keys = load(BUNDLE.resolve("messages.properties")).stringPropertyNames();
        for (org.boxoffice.review.entity.ReviewException.Reason reason :
                org.boxoffice.review.entity.ReviewException.Reason.values()) {
            assertThat(keys).contains(ReviewRefusals.key(new org.boxoffice.review.entity.ReviewException(reason)));
        }
    }

    @Test
    void everyTranslationHasTheSameKeys() throws IOException {
        Set<String> keys = load(BUNDLE.resolve("messages.properties")).stringPropertyNames();
        try (Stream<Path> files = Files.list(BUNDLE)) {
            for (Path translation : files.filter(
                            file -> file.getFileName().toString().matches("messages_.+\\.properties"))
                    .toList()) {
                assertThat(load(translation).stringPropertyNames())
                        .as(translation.getFileName().toString())
                        .containsExactlyInAnyOrderElementsOf(keys);
            }
        }
    }

    /** The door scanner's own texts, in English and German: every one in use, and no other. */
    @Test
    void theScannersTextsAreAllInUseInEveryLanguage() throws IOException {
        Set<String> keys = load(BUNDLE.resolve("scanner.properties")).stringPropertyNames();
        Set<String> used = keysIn(Path.of("src/main/webapp"), ".xhtml", Pattern.compile("\\btext\\['([\\w.-]+)'\\]"));

        assertThat(used).contains("scan.title", "scan.admitted", "scan.checkin.alreadyUsed");
        assertThat(keys).containsExactlyInAnyOrderElementsOf(used);
        assertThat(load(BUNDLE.resolve("scanner_de.properties")).stringPropertyNames())
                .as("scanner_de.properties")
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    private static Set<String> keysIn(Path folder, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher key = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
