package org.boxoffice.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Category names, slugs made from names, slugs given, and renaming. */
class CategoryTest {

    @Test
    void aSlugIsMadeFromTheNameInLowerCaseAsciiWithHyphens() {
        assertThat(Category.slugOf("Concerts")).isEqualTo("concerts");
        assertThat(Category.slugOf("  Jazz   and Blues ")).isEqualTo("jazz-and-blues");
        assertThat(Category.slugOf("Rock & Pop")).isEqualTo("rock-pop");
        assertThat(Category.slugOf("Stand-up / Comedy!")).isEqualTo("stand-up-comedy");
        assertThat(Category.slugOf("--Opera--")).isEqualTo("opera");
        assertThat(Category.slugOf("Festivals 2027")).isEqualTo("festivals-2027");
    }

    @Test
    void accentsAndApostrophesAreDroppedAndSpecialLettersSpeltOut() {
        assertThat(Category.slugOf("Théâtre")).isEqualTo("theatre");
        assertThat(Category.slugOf("Musik für Kinder")).isEqualTo("musik-fur-kinder");
        assertThat(Category.slugOf("Straßenfest")).isEqualTo("strassenfest");
        assertThat(Category.slugOf("Children's Theatre")).isEqualTo("childrens-theatre");
        assertThat(Category.slugOf("Children’s Theatre")).isEqualTo("childrens-theatre");
        assertThat(Category.slugOf("Ærø Øl")).isEqualTo("aero-ol");
        assertThat(Category.slugOf("Łódź")).isEqualTo("lodz");
        assertThat(Category.slugOf("ÉTÉ")).isEqualTo("ete");
    }

    @Test
    void aNameWithoutAsciiLettersOrDigitsGivesNoSlug() {
        for (String name : new String[] {"!!!", "音楽", "Музыка", "& / –"}) {
            assertThatThrownBy(() -> Category.slugOf(name))
                    .as(name)
                    .isInstanceOfSatisfying(InvalidCategoryException.class, refused -> assertThat(refused.code())
                            .isEqualTo("catalog.invalid-category.derived-slug"));
        }
    }

    @Test
    void aSlugMadeFromALongNameIsCutTo80CharactersWithoutATrailingHyphen() {
        // 78 characters, but "ß" is spelt "ss": the 80th character of the slug is the hyphen
        String name = "ß".repeat(39) + "a " + "y".repeat(37);

        String slug = Category.slugOf(name);

        assertThat(slug).isEqualTo("ss".repeat(39) + "a").matches(Category.SLUG_PATTERN);
        assertThat(Category.slugOf("a".repeat(80))).hasSize(80);
    }

    @Test
    void everyMadeSlugIsAValidSlug() {
        for (String name : new String[] {"Concerts", "Théâtre & Oper", "A-B--C", "x 1 y 2", "ÆØÅ"}) {
            assertThat(Category.checkSlug(Category.slugOf(name))).as(name).isEqualTo(Category.slugOf(name));
        }
    }

    @Test
    void aGivenSlugMustBeLowerCaseLettersAndDigitsInWordsJoinedBySingleHyphens() {
        assertThat(Category.checkSlug("jazz")).isEqualTo("jazz");
        assertThat(Category.checkSlug("jazz-and-blues")).isEqualTo("jazz-and-blues");
        assertThat(Category.checkSlug("2027-festivals")).isEqualTo("2027-festivals");
        assertThat(Category.checkSlug(" trains ")).isEqualTo("trains");
        assertThat(Category.checkSlug("a".repeat(80))).hasSize(80);

        for (String slug : new String[] {
            null,
            "",
            "   ",
            "Jazz",
            "jazz blues",
            "jazz_blues",
            "-jazz",
            "jazz-",
            "jazz--blues",
            "théâtre",
            "jazz/blues",
            "a".repeat(81)
        }) {
            assertThatThrownBy(() -> Category.checkSlug(slug))
                    .as("%s", slug)
                    .isInstanceOfSatisfying(InvalidCategoryException.class, refused -> assertThat(refused.code())
                            .isEqualTo("catalog.invalid-category.slug"));
        }
    }

    @Test
    void aNameIsStoredWithoutSpacesAroundAndOneSpaceBetweenWords() {
        Category category = Category.of("  Jazz \t and\u2003Blues ", null);

        assertThat(category.name()).isEqualTo("Jazz and Blues");
        assertThat(category.slug()).isEqualTo("jazz-and-blues");
    }

    @Test
    void aGivenSlugIsKeptAndABlankOneIsMadeFromTheName() {
        assertThat(Category.of("Jazz", "jazz-and-more").slug()).isEqualTo("jazz-and-more");
        assertThat(Category.of("Jazz", "  ").slug()).isEqualTo("jazz");
        assertThat(Category.of("音楽", "music").slug()).isEqualTo("music");
        assertThatThrownBy(() -> Category.of("Jazz", "Jazz"))
                .isInstanceOfSatisfying(InvalidCategoryException.class, refused -> assertThat(refused.code())
                        .isEqualTo("catalog.invalid-category.slug"));
    }

    @Test
    void aBlankOrOverlongNameIsRefused() {
        for (String name : new String[] {null, "", "   ", "\u2003", "\t\n", "x".repeat(81)}) {
            assertThatThrownBy(() -> Category.of(name, "fine"))
                    .as("%s", name)
                    .isInstanceOfSatisfying(InvalidCategoryException.class, refused -> assertThat(refused.code())
                            .isEqualTo("catalog.invalid-category.name"));
        }
        assertThat(Category.of("x".repeat(80), null).name()).hasSize(80);
        assertThat(Category.of(" " + "x".repeat(80) + " ", null).name()).hasSize(80);
    }

    @Test
    void namesCompareWhateverTheirCaseAndSpacing() {
        assertThat(Category.comparable(" JAZZ   and blues")).isEqualTo(Category.comparable("Jazz and Blues"));
        assertThat(Category.comparable("ÉTÉ")).isEqualTo(Category.comparable("été"));
        // composed and decomposed é are the same letter
        assertThat(Category.comparable("Cafe\u0301")).isEqualTo(Category.comparable("Caf\u00e9"));
        assertThat(Category.comparable("Jazz")).isNotEqualTo(Category.comparable("Jazz Club"));
    }

    @Test
    void renamingKeepsTheSlug() {
        Category category = new Category("Concerts", "concerts");

        category.rename("  Concerts   and Recitals ");

        assertThat(category.name()).isEqualTo("Concerts and Recitals");
        assertThat(category.slug()).isEqualTo("concerts");
        assertThatThrownBy(() -> category.rename(" "))
                .isInstanceOfSatisfying(InvalidCategoryException.class, refused -> assertThat(refused.code())
                        .isEqualTo("catalog.invalid-category.name"));
        assertThat(category.name()).isEqualTo("Concerts and Recitals");
    }
}
