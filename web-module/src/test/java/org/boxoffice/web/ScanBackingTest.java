package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScanBackingTest {

    @Test
    void speaksTheFirstPreferredLanguageItHasTextsIn() {
        assertThat(ScanBacking.language(List.of(Locale.GERMANY, Locale.ENGLISH).iterator()))
                .isEqualTo(Locale.GERMAN);
        assertThat(ScanBacking.language(
                        List.of(Locale.FRENCH, new Locale("de", "AT")).iterator()))
                .isEqualTo(Locale.GERMAN);
        assertThat(ScanBacking.language(List.of(Locale.US, Locale.GERMAN).iterator()))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void speaksEnglishWhenTheBrowserWantsNoneOfItsLanguages() {
        assertThat(ScanBacking.language(List.of(Locale.FRENCH, Locale.JAPANESE).iterator()))
                .isEqualTo(Locale.ENGLISH);
        assertThat(ScanBacking.language(List.<Locale>of().iterator())).isEqualTo(Locale.ENGLISH);
    }
}
