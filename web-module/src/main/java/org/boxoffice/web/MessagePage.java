package org.boxoffice.web;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plain page of an error or of a post that came too late: a heading, a message for a person, a
 * link on. Written without Faces, because it answers when Faces cannot render the page asked for.
 */
final class MessagePage {

    private static final String BUNDLE = "org.boxoffice.web.messages";

    private MessagePage() {}

    /** An error: the message of the key, an incident id to quote when there is one, a link home. */
    static String error(Locale locale, String contextPath, String messageKey, String incident) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        return page(
                locale,
                texts.getString("error.title"),
                texts.getString(messageKey),
                incident,
                contextPath + "/",
                texts.getString("error.home"));
    }

    /** A post whose view is gone: what happened, and a link that opens the page anew. */
    static String viewExpired(Locale locale, String contextPath, String pageAddress) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        return page(
                locale,
                texts.getString("error.viewExpired.title"),
                texts.getString("error.viewExpired"),
                null,
                pageAddress.startsWith("/") ? pageAddress : contextPath + "/",
                texts.getString("error.viewExpired.reload"));
    }

    /**
     * The page as a Faces partial response that replaces the whole document, which both Faces' and
     * PrimeFaces' scripts turn into the page shown.
     */
    static String partialResponse(String page) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"
                + "<update id=\"jakarta.faces.ViewRoot\"><![CDATA[" + page.replace("]]>", "]]]]><![CDATA[>")
                + "]]></update></changes></partial-response>";
    }

    private static String page(
            Locale locale, String heading, String message, String incident, String link, String linkText) {
        return String.format(
                "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"UTF-8\"><title>%s</title></head>"
                        + "<body><h1>%s</h1><p>%s</p>%s<p><a href=\"%s\">%s</a></p></body></html>",
                escape(locale.getLanguage()),
                escape(heading),
                escape(heading),
                escape(message),
                incident == null ? "" : "<p><small>" + escape(incident) + "</small></p>",
                escape(link),
                escape(linkText));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
