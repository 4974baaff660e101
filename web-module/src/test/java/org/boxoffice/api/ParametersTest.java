package org.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.api.problem.InvalidParametersException;
import org.boxoffice.api.problem.Problem.FieldError;
import org.boxoffice.platform.entity.Page;
import org.junit.jupiter.api.Test;

class ParametersTest {

    enum Sort {
        DATE,
        DATE_DESC,
        TITLE
    }

    /** The mistakes that check() reports; fails when it reports none. */
    private static List<FieldError> errorsOf(Parameters parameters) {
        InvalidParametersException failure = catchThrowableOfType(InvalidParametersException.class, parameters::check);
        assertThat(failure).as("check() throws InvalidParametersException").isNotNull();
        return failure.errors();
    }

    @Test
    void anIdFilterIsAPositiveWholeNumberOrAbsent() {
        Parameters parameters = new Parameters();

        assertThat(parameters.idFilter("eventId", " 4051 ")).isEqualTo(4051L);
        assertThat(parameters.idFilter("eventId", null)).isNull();
        assertThat(parameters.idFilter("eventId", " ")).isNull();
        assertThat(parameters.idFilter("accountId", "x7")).isNull();
        assertThat(parameters.idFilter("eventId", "-3")).isNull();
        assertThat(errorsOf(parameters))
                .containsExactly(
                        new FieldError("accountId", "must be an id"), new FieldError("eventId", "must be an id"));
    }

    @Test
    void anExactValueWithANulIsAMistake() {
        Parameters parameters = new Parameters();

        assertThat(parameters.exact("city", "Ham\u0000burg")).isNull();
        assertThat(parameters.exact("category", " concerts ")).isEqualTo(" concerts ");
        assertThat(parameters.exact("category", null)).isNull();
        assertThat(errorsOf(parameters)).containsExactly(new FieldError("city", "must not contain the character NUL"));
    }

    @Test
    void aPositionAfterAnIdIsAnIdFromZoneUp() {
        Parameters parameters = new Parameters();

        assertThat(parameters.after("after", null)).isZero();
        assertThat(parameters.after("after", " 9000000000 ")).isEqualTo(9_000_000_000L);
        assertThat(parameters.after("after", "-1")).isZero();
        assertThat(parameters.after("after", "next")).isZero();
        assertThat(errorsOf(parameters))
                .containsExactly(
                        new FieldError("after", "must be an id from the page before (its next)"),
                        new FieldError("after", "must be an id from the page before (its next)"));
    }

    @Test
    void pageAndSizeHaveDefaults() {
        Parameters parameters = new Parameters();

        assertThat(parameters.page(null)).isEqualTo(1);
        assertThat(parameters.page("  ")).isEqualTo(1);
        assertThat(parameters.size(null)).isEqualTo(20);
        assertThat(parameters.size("")).isEqualTo(20);
        assertThatNoException().isThrownBy(parameters::check);
    }

    @Test
    void pageAndSizeAreRead() {
        Parameters parameters = new Parameters();

        assertThat(parameters.page(" 3 ")).isEqualTo(3);
        assertThat(parameters.size("1")).isEqualTo(1);
        assertThat(parameters.size("100")).isEqualTo(100);
        assertThatNoException().isThrownBy(parameters::check);
    }

    @Test
    void pageStartsAtOne() {
        Parameters parameters = new Parameters();
        parameters.page("0");

        assertThat(errorsOf(parameters)).containsExactly(new FieldError("page", "must be between 1 and 21474836"));
    }

    @Test
    void aPageTooFarToReachIsRefusedRatherThanOverflowingTheOffset() {
        Parameters parameters = new Parameters();
        int page = parameters.page("30000000");

        assertThat(errorsOf(parameters)).containsExactly(new FieldError("page", "must be between 1 and 21474836"));
        assertThatNoException().isThrownBy(() -> Page.offset(21474836, Page.MAX_SIZE));
        assertThat(page).isEqualTo(30000000);
    }

    @Test
    void sizeIsAtMostOneHundred() {
        Parameters parameters = new Parameters();
        parameters.size("101");

        assertThat(errorsOf(parameters)).containsExactly(new FieldError("size", "must be between 1 and 100"));
    }

    @Test
    void sizeIsAtLeastOne() {
        Parameters parameters = new Parameters();
        parameters.size("0");

        assertThat(errorsOf(parameters)).containsExactly(new FieldError("size", "must be between 1 and 100"));
    }

    @Test
    void badNumbersAreReportedAndTheDefaultIsUsed() {
        Parameters parameters = new Parameters();

        assertThat(parameters.page("two")).isEqualTo(1);
        assertThat(parameters.size("1.5")).isEqualTo(20);
        assertThat(parameters.integer("limit", "99999999999", 7, 1, 10)).isEqualTo(7);

        assertThat(errorsOf(parameters))
                .containsExactly(
                        new FieldError("page", "must be a whole number"),
                        new FieldError("size", "must be a whole number"),
                        new FieldError("limit", "must be a whole number"));
    }

    @Test
    void amountsAreRead() {
        Parameters parameters = new Parameters();

        assertThat(parameters.amount("minPrice", " 12.50 ")).isEqualByComparingTo("12.50");
        assertThat(parameters.amount("maxPrice", null)).isNull();
        assertThat(parameters.amount("maxPrice", "")).isNull();
        assertThatNoException().isThrownBy(parameters::check);
    }

    @Test
    void badAmountsAreReported() {
        Parameters parameters = new Parameters();

        assertThat(parameters.amount("minPrice", "cheap")).isNull();
        assertThat(parameters.amount("maxPrice", "-1")).isEqualTo(new BigDecimal("-1"));

        assertThat(errorsOf(parameters))
                .containsExactly(
                        new FieldError("minPrice", "must be an amount such as 12.50"),
                        new FieldError("maxPrice", "must not be negative"));
    }

    @Test
    void aDateIsTheStartOfThatDayInUtc() {
        Parameters parameters = new Parameters();

        assertThat(parameters.instant("from", "2026-12-24"))
                .isEqualTo(OffsetDateTime.of(2026, 12, 24, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThatNoException().isThrownBy(parameters::check);
    }

    @Test
    void aDateTimeKeepsItsOffset() {
        Parameters parameters = new Parameters();

        OffsetDateTime from = parameters.instant("from", "2026-12-24T20:00:00+01:00");

        assertThat(from).isEqualTo(OffsetDateTime.of(2026, 12, 24, 20, 0, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(from.toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-12-24T19:00:00Z").toInstant());
        assertThat(parameters.instant("to", null)).isNull();
        assertThat(parameters.instant("to", " ")).isNull();
        assertThatNoException().isThrownBy(parameters::check);
    }

    @Test
    void badDatesAreReported() {
        Parameters parameters = new Parameters();

        assertThat(parameters.instant("from", "2026-13-01")).isNull();
        assertThat(parameters.instant("to", "24.12.2026")).isNull();
        assertThat(parameters.instant("at", "2026-12-24T20:00:00"))
                .as("without an offset")
                .isNull();

        assertThat(errorsOf(parameters)).extracting(FieldError::field).containsExactly("from", "to", "at");
    }

    @Test
    void choiceReadsEnumConstantsWrittenWithDashes() {
        Parameters parameters = new Parameters();

        assertThat(parameters.choice("sort", "date-desc", Sort.class, Sort.DATE))
                .isEqualTo(Sort.DATE_DESC);
        assertThat(parameters.choice("sort", " Title ", Sort.class, Sort.DATE)).isEqualTo(Sort.TITLE);
        assertThat(parameters.choice("sort", "DATE_DESC", Sort.class, Sort.DATE))
                .isEqualTo(Sort.DATE_DESC);
        assertThat(parameters.choice("sort", null, Sort.class, Sort.TITLE)).isEqualTo(Sort.TITLE);
        assertThat(parameters.choice("sort", "", Sort.class, Sort.DATE)).isEqualTo(Sort.DATE);
        assertThatNoException().isThrownBy(parameters::check);
    }

    @Test
    void anUnknownChoiceListsTheOptions() {
        Parameters parameters = new Parameters();

        assertThat(parameters.choice("sort", "price", Sort.class, Sort.DATE)).isEqualTo(Sort.DATE);

        assertThat(errorsOf(parameters))
                .containsExactly(new FieldError("sort", "must be one of date, date-desc, title"));
    }

    @Test
    void checkReportsAllMistakesAtOnce() {
        Parameters parameters = new Parameters();
        parameters.page("-1");
        parameters.size("lots");
        parameters.instant("from", "yesterday");
        parameters.choice("sort", "random", Sort.class, Sort.DATE);
        parameters.amount("minPrice", "1.2.3");

        assertThat(errorsOf(parameters))
                .extracting(FieldError::field)
                .containsExactly("page", "size", "from", "sort", "minPrice");
    }

    @Test
    void checkPassesWithoutMistakes() {
        Parameters parameters = new Parameters();
        parameters.page("2");
        parameters.size("50");
        parameters.instant("from", "2026-12-24");
        parameters.choice("sort", "title", Sort.class, Sort.DATE);

        assertThatNoException().isThrownBy(parameters::check);
    }

    @Test
    void idsThatAreNotNumbersMatchNothing() {
        assertThat(Parameters.id("42")).contains(42L);
        assertThat(Parameters.id("abc")).isEmpty();
        assertThat(Parameters.id("")).isEmpty();
        assertThat(Parameters.id(null)).isEmpty();
        assertThat(Parameters.id("99999999999999999999")).isEmpty();
    }

    @Test
    void flagsAreTrueOrFalseAndFalseWhenAbsent() {
        Parameters parameters = new Parameters();

        assertThat(parameters.flag("available", "true")).isTrue();
        assertThat(parameters.flag("available", " TRUE ")).isTrue();
        assertThat(parameters.flag("available", "false")).isFalse();
        assertThat(parameters.flag("available", null)).isFalse();
        assertThat(parameters.flag("available", "")).isFalse();
        assertThatNoException().isThrownBy(parameters::check);
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsReported() {
        Parameters parameters = new Parameters();

        assertThat(parameters.flag("available", "yes")).isFalse();

        assertThat(errorsOf(parameters)).containsExactly(new FieldError("available", "must be true or false"));
    }
}
