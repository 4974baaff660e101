package org.boxoffice.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.boxoffice.notification.entity.Template;
import org.junit.jupiter.api.Test;

/**
 * Every mail written from its templates in English and German: the words come from the bundle in
 * the reader's language, user text is escaped in the HTML part and left as it is in the text part.
 */
class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void everyMailIsWrittenInBothLanguages() {
        for (Template template : Template.values()) {
            for (Locale language : MailTemplates.LANGUAGES) {
                MailTemplates.Rendered mail =
                        templates.render(template, language, model(template, "Jazz Night"), headline(template));
                assertThat(mail.subject())
                        .as(template + " " + language)
                        .isNotBlank()
                        .doesNotContain("{");
                assertThat(mail.summary())
                        .as(template + " " + language)
                        .isNotBlank()
                        .doesNotContain("{");
                assertThat(mail.text())
                        .as(template + " " + language)
                        .startsWith(language == Locale.GERMAN ? "Hallo Ada Lovelace," : "Hello Ada Lovelace,");
                assertThat(mail.html())
                        .as(template + " " + language)
                        .startsWith("<!DOCTYPE html>")
                        .contains("<html lang=\"" + language.getLanguage() + "\">")
                        .contains("<title>" + mail.subject() + "</title>");
            }
        }
    }

    @Test
    void aConfirmationInEnglish() {
        MailTemplates.Rendered mail = templates.render(
                Template.BOOKING_CONFIRMATION,
                Locale.ENGLISH,
                model(Template.BOOKING_CONFIRMATION, "Jazz Night"),
                headline(Template.BOOKING_CONFIRMATION));

        assertThat(mail.subject()).isEqualTo("Booking 4711 confirmed: Jazz Night");
        assertThat(mail.text())
                .contains("your booking is confirmed")
                .contains("When: Friday, 12 June 2026")
                .contains("Total: €84.00")
                .contains("See your booking: http://localhost:8080/my/booking.xhtml?id=4711");
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/my/booking.xhtml?id=4711\"");
    }

    @Test
    void aConfirmationInGerman() {
        MailTemplates.Rendered mail = templates.render(
                Template.BOOKING_CONFIRMATION,
                Locale.GERMAN,
                model(Template.BOOKING_CONFIRMATION, "Jazz Night"),
                headline(Template.BOOKING_CONFIRMATION));

        assertThat(mail.subject()).isEqualTo("Buchung 4711 bestätigt: Jazz Night");
        assertThat(mail.summary()).contains("ist bestätigt");
        assertThat(mail.text()).contains("Ihre Buchung ist bestätigt", "Wann:", "Gesamt:", "Zur Buchung");
        assertThat(mail.html()).contains("Zeigen Sie sie am Einlass vor");
    }

    @Test
    void aReceiptItemisesTheFeeAndTheVatInBothLanguages() {
        MailTemplates.Rendered english = templates.render(
                Template.PAYMENT_RECEIPT,
                Locale.ENGLISH,
                model(Template.PAYMENT_RECEIPT, "Jazz Night"),
                headline(Template.PAYMENT_RECEIPT));
        MailTemplates.Rendered german = templates.render(
                Template.PAYMENT_RECEIPT,
                Locale.GERMAN,
                model(Template.PAYMENT_RECEIPT, "Jazz Night"),
                headline(Template.PAYMENT_RECEIPT));

        assertThat(english.text())
                .contains("Tickets: €81.00\n")
                .contains("Service fee (€1.50 × 2): €3.00\n")
                .contains("Total: €84.00\n")
                .contains("incl. VAT 19 %: €12.93\n");
        assertThat(english.html()).contains("Service fee (€1.50 × 2)", "incl. VAT 19 %", "€12.93");
        assertThat(german.text()).contains("Servicegebühr (€1.50 × 2): €3.00").contains("inkl. MwSt. 19 %: €12.93");
        assertThat(german.html()).contains("inkl. MwSt. 19 %");
    }

    @Test
    void aReceiptWithoutFeeOrVatShowsNeither() {
        Map<String, Object> model = model(Template.PAYMENT_RECEIPT, "Jazz Night");
        @SuppressWarnings("unchecked")
        Map<String, Object> booking = new HashMap<>((Map<String, Object>) model.get("booking"));
        booking.put("charged", false);
        booking.put("taxed", false);
        model.put("booking", booking);

        MailTemplates.Rendered mail =
                templates.render(Template.PAYMENT_RECEIPT, Locale.ENGLISH, model, headline(Template.PAYMENT_RECEIPT));

        assertThat(mail.text())
                .contains("Total: €84.00")
                .doesNotContain("Service fee")
                .doesNotContain("VAT");
    }

    @Test
    void aSalesReportShowsItsCountsAndTotalsPerCurrencyAndNamesItsFile() {
        MailTemplates.Rendered english = templates.render(
                Template.SALES_REPORT,
                Locale.ENGLISH,
                model(Template.SALES_REPORT, "x"),
                headline(Template.SALES_REPORT));
        MailTemplates.Rendered german = templates.render(
                Template.SALES_REPORT,
                Locale.GERMAN,
                model(Template.SALES_REPORT, "x"),
                headline(Template.SALES_REPORT));

        assertThat(english.subject()).isEqualTo("Sales report 2026-12-06: Elbe Concerts");
        assertThat(english.text())
                .contains("the sales report of Elbe <Concerts> for Sunday, 6 December 2026 is ready.")
                .contains("Day: Sunday, 6 December 2026 (Europe/Berlin)\n")
                .contains("Tickets sold: 6\n")
                .contains("EUR: gross €30.00, fees €6.00, refunds €11.50, net €24.50\n")
                .contains("USD: gross US$30.00, fees US$3.00, refunds US$0.00, net US$33.00\n")
                .contains("Attached: sales-7-2026-12-06-50.csv")
                .contains("See the sales reports: http://localhost:8080/finance/reports.xhtml");
        assertThat(english.html())
                .contains("Elbe &lt;Concerts&gt;")
                .doesNotContain("<Concerts>")
                .contains("<strong>€24.50</strong>");
        assertThat(german.subject()).isEqualTo("Verkaufsbericht 2026-12-06: Elbe Concerts");
        assertThat(german.text()).contains("Verkaufte Tickets: 6", "EUR: brutto €30.00", "Im Anhang:");
    }

    @Test
    void aMailToAnAddressOfNoAccountGreetsWithoutAName() {
        Map<String, Object> model = model(Template.SALES_REPORT, "Jazz Night");
        model.put("name", "");

        MailTemplates.Rendered english =
                templates.render(Template.SALES_REPORT, Locale.ENGLISH, model, headline(Template.SALES_REPORT));
        MailTemplates.Rendered german =
                templates.render(Template.SALES_REPORT, Locale.GERMAN, model, headline(Template.SALES_REPORT));

        assertThat(english.text()).startsWith("Hello,\n");
        assertThat(english.html()).contains("<p>Hello,</p>");
        assertThat(german.text()).startsWith("Guten Tag,\n");
    }

    @Test
    void aDisabledAccountIsToldWhenButNotWhy() {
        MailTemplates.Rendered mail = templates.render(
                Template.ACCOUNT_DISABLED,
                Locale.ENGLISH,
                model(Template.ACCOUNT_DISABLED, "Jazz Night"),
                headline(Template.ACCOUNT_DISABLED));

        assertThat(mail.subject()).isEqualTo("Your boxoffice account was disabled");
        assertThat(mail.text())
                .contains("an administrator disabled your boxoffice account on 1 July 2026, 11:15 UTC.")
                .contains("write to our support");
    }

    @Test
    void aHiddenReviewTellsItsAuthorWhyAndShowsTheTextAsTyped() {
        Map<String, Object> model = model(Template.REVIEW_HIDDEN, "Jazz Night");
        MailTemplates.Rendered english =
                templates.render(Template.REVIEW_HIDDEN, Locale.ENGLISH, model, List.of("Jazz <Night>"));
        MailTemplates.Rendered german =
                templates.render(Template.REVIEW_RESTORED, Locale.GERMAN, model, List.of("Jazz Night"));

        assertThat(english.subject()).isEqualTo("Your review of Jazz <Night> was hidden");
        assertThat(english.text())
                .contains("the moderators hid your review of Jazz Night")
                .contains("Your rating: 2/5")
                .contains("Too loud <b>really</b>\nand late")
                .contains("Reason: Insults the staff");
        assertThat(english.html())
                .contains("Too loud &lt;b&gt;really&lt;/b&gt;")
                .doesNotContain("<b>really</b>")
                .contains("Insults the staff");
        assertThat(german.subject()).isEqualTo("Ihre Rezension zu Jazz Night ist wieder sichtbar");
        assertThat(german.text()).contains("Grund: Insults the staff");
    }

    @Test
    void aSupportAnswerCarriesTheAnswerAndTheCaseLinkEscapedInHtml() {
        MailTemplates.Rendered mail = templates.render(
                Template.SUPPORT_ANSWER,
                Locale.ENGLISH,
                model(Template.SUPPORT_ANSWER, "x"),
                headline(Template.SUPPORT_ANSWER));
        MailTemplates.Rendered german = templates.render(
                Template.SUPPORT_ANSWER,
                Locale.GERMAN,
                model(Template.SUPPORT_ANSWER, "x"),
                headline(Template.SUPPORT_ANSWER));

        assertThat(mail.subject()).isEqualTo("Answer to your support case 4711: Tickets missing");
        assertThat(mail.summary()).endsWith("http://localhost:8080/my/case.xhtml?id=4711");
        assertThat(mail.text()).contains("See you there <3", "http://localhost:8080/my/case.xhtml?id=4711");
        assertThat(mail.html())
                .contains("See you there &lt;3", "Tickets missing &lt;b&gt;")
                .doesNotContain("<3");
        assertThat(german.subject()).isEqualTo("Antwort auf Ihre Support-Anfrage 4711: Tickets missing");
    }

    @Test
    void aLanguageWithoutTextsGetsEnglish() {
        assertThat(MailTemplates.language(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
        assertThat(MailTemplates.language(Locale.GERMANY)).isEqualTo(Locale.GERMAN);
        assertThat(MailTemplates.language(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void userTextIsEscapedInTheHtmlPartAndKeptInTheTextPart() {
        String title = "<script>alert('x')</script> & \"Friends\"";
        MailTemplates.Rendered mail = templates.render(
                Template.EVENT_REMINDER, Locale.ENGLISH, model(Template.EVENT_REMINDER, title), List.of(title, "4711"));

        assertThat(mail.html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Friends&quot;");
        assertThat(mail.text()).contains("Event: " + title);
        assertThat(mail.subject()).isEqualTo("Reminder: " + title + " is coming up");
    }

    @Test
    void aLinkKeepsItsTokenInBothParts() {
        MailTemplates.Rendered mail = templates.render(
                Template.PASSWORD_RESET, Locale.ENGLISH, model(Template.PASSWORD_RESET, "x"), List.of("Ada Lovelace"));

        assertThat(mail.text())
                .contains("\nhttp://localhost:8080/account/reset-password.xhtml?token=abc_DEF-123\n")
                .contains("The link works once, until 1 July 2026, 10:00 UTC.");
        assertThat(mail.html())
                .contains("href=\"http://localhost:8080/account/reset-password.xhtml?token=abc_DEF-123\"");
    }

    @Test
    void theGermanTextsHaveTheKeysOfTheEnglishOnes() throws IOException {
        assertThat(keys("mails_de.properties")).containsExactlyInAnyOrderElementsOf(keys("mails.properties"));
        for (Template template : Template.values()) {
            assertThat(keys("mails.properties")).contains(template.file() + ".subject", template.file() + ".summary");
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplates.class.getResourceAsStream("/org/boxoffice/notification/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    private static List<Object> headline(Template template) {
        return switch (template.kind().group()) {
            case ACCOUNT -> List.of("Ada Lovelace");
            case FINANCE -> List.of("Elbe Concerts", "2026-12-06");
            case SUPPORT, SUPPORT_DESK ->
                List.of("4711", "Tickets missing", "http://localhost:8080/my/case.xhtml?id=4711");
            default -> List.of("Jazz Night", "4711");
        };
    }

    /** What {@link Letters} gives the templates, by hand. */
    static Map<String, Object> model(Template template, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", "Ada Lovelace");
        model.put("portal", "http://localhost:8080");
        model.put("link", "http://localhost:8080/account/reset-password.xhtml?token=abc_DEF-123");
        model.put("expires", "1 July 2026, 10:00 UTC");
        model.put("changedAt", "1 July 2026, 09:30 UTC");
        model.put("attempts", "5");
        model.put("lockedUntil", "1 July 2026, 09:45 UTC");
        model.put("disabledAt", "1 July 2026, 11:15 UTC");
        model.put(
                "supportCase",
                Map.of(
                        "number", "4711",
                        "subject", "Tickets missing <b>",
                        "text", "Your tickets are on their way.\nSee you there <3",
                        "link", "http://localhost:8080/my/case.xhtml?id=4711"));
        model.put(
                "event",
                Map.of(
                        "title", title,
                        "when", "Friday, 12 June 2026, 20:00 (Central European Time)",
                        "ends", "Friday, 12 June 2026, 23:00 (Central European Time)",
                        "venue", "Hall <B>",
                        "address", "Main Street 1, Berlin",
                        "route", "",
                        "link", "http://localhost:8080/event.xhtml?id=7"));
        model.put(
                "booking",
                Map.ofEntries(
                        Map.entry("number", "4711"),
                        Map.entry("tickets", "2"),
                        Map.entry("total", "€84.00"),
                        Map.entry("paid", true),
                        Map.entry("link", "http://localhost:8080/my/booking.xhtml?id=4711"),
                        Map.entry("subtotal", "€81.00"),
                        Map.entry("serviceFee", "€1.50"),
                        Map.entry("feeTickets", "2"),
                        Map.entry("fees", "€3.00"),
                        Map.entry("charged", true),
                        Map.entry("vatRate", "19"),
                        Map.entry("tax", "€12.93"),
                        Map.entry("taxed", true)));
        model.put(
                "payment",
                Map.of(
                        "amount", "€84.00",
                        "method", "CARD",
                        "card", "visa …4242",
                        "when", "Friday, 5 June 2026, 12:00 (Central European Time)",
                        "reference", "payment-50"));
        model.put("changes", List.of("time", "route"));
        model.put(
                "review",
                Map.of("rating", "2", "text", "Too loud <b>really</b>\nand late", "reason", "Insults the staff"));
        model.put(
                "report",
                Map.of(
                        "organisation", "Elbe <Concerts>",
                        "day", "Sunday, 6 December 2026",
                        "zone", "Europe/Berlin",
                        "lines", "3",
                        "sold", "6",
                        "refunded", "1",
                        "checkIns", "1",
                        "totals",
                                List.of(
                                        Map.of(
                                                "currency", "EUR",
                                                "gross", "€30.00",
                                                "fees", "€6.00",
                                                "refunds", "€11.50",
                                                "net", "€24.50"),
                                        Map.of(
                                                "currency", "USD",
                                                "gross", "US$30.00",
                                                "fees", "US$3.00",
                                                "refunds", "US$0.00",
                                                "net", "US$33.00")),
                        "file", "sales-7-2026-12-06-50.csv",
                        "link", "http://localhost:8080/finance/reports.xhtml"));
        return model;
    }
}
