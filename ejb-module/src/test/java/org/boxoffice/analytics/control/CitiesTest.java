package org.boxoffice.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boxoffice.analytics.entity.BuyerCity;
import org.boxoffice.analytics.entity.BuyerCity.Kind;
import org.junit.jupiter.api.Test;

class CitiesTest {

    @Test
    void theCityIsTheLastPartOfTheAddressWithoutItsPostalCode() {
        assertThat(Cities.of("12 St James's Square, London")).contains("London");
        assertThat(Cities.of("Hauptstraße 1\n10115 Berlin")).contains("Berlin");
        assertThat(Cities.of("Lindenstr. 5, 10969 Berlin\n")).contains("Berlin");
        assertThat(Cities.of("1 Main Street\r\nSpringfield")).contains("Springfield");
        assertThat(Cities.of("Rue de Rivoli 3\n75001 Paris Cedex 01")).contains("Paris Cedex");
        assertThat(Cities.of("Am Markt 2\n28195")).contains("Am Markt");
        assertThat(Cities.of("12345")).isEmpty();
        assertThat(Cities.of(" ")).isEmpty();
        assertThat(Cities.of(null)).isEmpty();
    }

    @Test
    void theTopCitiesAreCountedWithoutRegardToCaseThenTheOthersTogetherThenTheUnknown() {
        List<Optional<String>> buyers = new ArrayList<>();
        buyers.add(Optional.of("Berlin"));
        buyers.add(Optional.of("berlin"));
        buyers.add(Optional.of("BERLIN "));
        buyers.add(Optional.empty());
        buyers.add(Optional.of("Bremen"));
        buyers.add(Optional.of("Bremen"));
        buyers.add(Optional.of("Aachen"));
        buyers.add(Optional.of("Zwickau"));
        buyers.add(Optional.of("Köln"));

        assertThat(Cities.top(buyers, 3))
                .containsExactly(
                        new BuyerCity(Kind.CITY, "Berlin", 3),
                        new BuyerCity(Kind.CITY, "Bremen", 2),
                        new BuyerCity(Kind.CITY, "Aachen", 1),
                        new BuyerCity(Kind.OTHER, null, 2),
                        new BuyerCity(Kind.UNKNOWN, null, 1));
        assertThat(Cities.top(List.of(Optional.of("Bonn")), 10)).containsExactly(new BuyerCity(Kind.CITY, "Bonn", 1));
        assertThat(Cities.top(List.of(), 10)).isEmpty();
    }
}
