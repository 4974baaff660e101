package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogChoicesTest {

    @Test
    void theCityOfTheAddressIsOfferedEvenWithoutEventsToCome() {
        assertThat(CatalogChoices.withCurrent(List.of("Bremen", "Hamburg"), "Kiel"))
                .containsExactly("Kiel", "Bremen", "Hamburg");
    }

    @Test
    void aCityAlreadyOfferedIsNotRepeated() {
        assertThat(CatalogChoices.withCurrent(List.of("Bremen", "Hamburg"), "Hamburg"))
                .containsExactly("Bremen", "Hamburg");
        assertThat(CatalogChoices.withCurrent(List.of("Bremen"), null)).containsExactly("Bremen");
        assertThat(CatalogChoices.withCurrent(List.of("Bremen"), " ")).containsExactly("Bremen");
    }
}
