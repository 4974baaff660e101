package org.boxoffice.notification.control;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.boxoffice.notification.entity.Template;

/**
 * Writes mails from FreeMarker templates: {@code templates/<file>.ftlh} for the HTML part (every
 * value is HTML-escaped: an event's title is text, never markup) and {@code templates/<file>.ftl}
 * for the text part. Every word comes from the bundle {@code org/boxoffice/notification/mails} in
 * the reader's language, through {@code t("key", arguments...)} in the templates; the subject is
 * {@code <file>.subject} and the portal's short text {@code <file>.summary}, both formatted with
 * the same arguments.
 */
@ApplicationScoped
public class MailTemplates {

    static final String BUNDLE = "org.boxoffice.notification.mails";
    static final String FOLDER = "org/boxoffice/notification/templates";

    /** The languages mails are written in; the first is the default. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    /** The language asked for, or English: never the server's default language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A written mail: its subject, the portal's short text, the text and the HTML. */
    public record Rendered(String subject, String summary, String text, String html) {}

    private final Configuration freemarker;

    public MailTemplates() {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassLoaderForTemplateLoading(MailTemplates.class.getClassLoader(), FOLDER);
        freemarker.setDefaultEncoding("UTF-8");
        // .ftlh escapes as HTML, .ftl writes as it is
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setLocalizedLookup(false);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /** The language of {@link #LANGUAGES} that {@code wanted} speaks, else English. */
    public static Locale language(Locale wanted) {
        return LANGUAGES.stream()
                .filter(language -> wanted != null && language.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(LANGUAGES.get(0));
    }

    /**
     * Writes the mail of {@code template} in {@code language}.
     *
     * @param model what the templates show, as maps and strings already formatted for the reader
     * @param headline the arguments of the subject and the short text
     */
    public Rendered render(Template template, Locale language, Map<String, ?> model, List<?> headline) {
        Locale locale = language(language);
        Texts texts = new Texts(bundle(locale), locale);
        String subject = texts.format(template.file() + ".subject", headline.toArray());
        Map<String, Object> data = new HashMap<>(model);
        data.put("t", texts);
        data.put("lang", locale.getLanguage());
        data.put("subject", subject);
        return new Rendered(
                subject,
                texts.format(template.file() + ".summary", headline.toArray()),
                write(template.file() + ".ftl", data, locale),
                write(template.file() + ".ftlh", data, locale));
    }

    private String write(String name, Map<String, Object> data, Locale locale) {
        try {
            freemarker.template.Template template = freemarker.getTemplate(name, locale);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString().strip() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("the mail template " + name + " could not be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the mail template " + name + " failed: " + e.getMessage(), e);
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, MailTemplates.class.getClassLoader(), NO_FALLBACK);
    }

    /** {@code t("key", arguments...)}: a text of the bundle, its {0}, {1}... filled in. */
    static final class Texts implements TemplateMethodModelEx {

        private final ResourceBundle bundle;
        private final Locale locale;

        Texts(ResourceBundle bundle, Locale locale) {
            this.bundle = bundle;
            this.locale = locale;
        }

        String format(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("t(key, arguments...) needs a key");
            }
            Object[] values = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
            }
            return format(String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))), values);
        }
    }
}
