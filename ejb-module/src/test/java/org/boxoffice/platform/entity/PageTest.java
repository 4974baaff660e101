package org.boxoffice.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void offsetCountsPagesFromOne() {
        assertThat(Page.offset(1, 20)).isZero();
        assertThat(Page.offset(2, 20)).isEqualTo(20);
        assertThat(Page.offset(5, 7)).isEqualTo(28);
    }

    @Test
    void offsetRefusesToOverflow() {
        assertThatThrownBy(() -> Page.offset(Integer.MAX_VALUE, Page.MAX_SIZE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void pagesRoundsUp() {
        assertThat(new Page<>(List.of(), 1, 20, 0).pages()).isZero();
        assertThat(new Page<>(List.of(), 1, 20, 1).pages()).isEqualTo(1);
        assertThat(new Page<>(List.of(), 1, 20, 20).pages()).isEqualTo(1);
        assertThat(new Page<>(List.of(), 1, 20, 21).pages()).isEqualTo(2);
        assertThat(new Page<>(List.of(), 1, 20, 41).pages()).isEqualTo(3);
    }

    @Test
    void pagesOfAnEmptyPageSizeIsZero() {
        assertThat(new Page<>(List.of(), 1, 0, 10).pages()).isZero();
    }

    @Test
    void mapConvertsTheItemsAndKeepsThePosition() {
        Page<String> words = new Page<>(List.of("a", "bb", "ccc"), 2, 3, 8);

        Page<Integer> lengths = words.map(String::length);

        assertThat(lengths.items()).containsExactly(1, 2, 3);
        assertThat(lengths.page()).isEqualTo(2);
        assertThat(lengths.size()).isEqualTo(3);
        assertThat(lengths.total()).isEqualTo(8);
        assertThat(lengths.pages()).isEqualTo(3);
    }

    @Test
    void itemsAreAnUnmodifiableCopy() {
        List<String> source = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(source, 1, 20, 1);

        source.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
