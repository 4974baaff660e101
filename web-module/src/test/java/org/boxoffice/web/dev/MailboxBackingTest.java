package org.boxoffice.web.dev;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailboxBackingTest {

    @Test
    void linksBecomeClickableAndEverythingElseStaysText() {
        String html = MailboxBacking.linkify(
                MailboxBacking.escape(
                        "Hi <script>alert(1)</script>,\nconfirm: http://localhost:8080/account/verify.xhtml?token=abc_-1\nBye & thanks"));

        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<a href=\"http://localhost:8080/account/verify.xhtml?token=abc_-1\">"
                        + "http://localhost:8080/account/verify.xhtml?token=abc_-1</a>")
                .contains("Bye &amp; thanks")
                .doesNotContain("<script>");
    }

    @Test
    void aQuoteCannotBreakOutOfTheLink() {
        String html = MailboxBacking.linkify(MailboxBacking.escape("http://example.org/\"onmouseover=\"x"));

        assertThat(html).doesNotContain("\"onmouseover");
    }
}
