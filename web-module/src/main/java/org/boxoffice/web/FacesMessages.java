package org.boxoffice.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.boxoffice.platform.BusinessException;

/** Faces messages in the viewer's language: the page texts, and business exceptions' own messages. */
public final class FacesMessages {

    private FacesMessages() {}

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(BusinessException exception) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        faces.addMessage(
                null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, exception.title(locale), exception.message(locale)));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * A message for the page's messages that show {@code forKey} ({@code <p:messages for="forKey"
     * forType="key">}): the messages of one section, apart from the page's others.
     */
    public static void infoFor(String forKey, String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(forKey, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), ""));
    }

    /** As {@link #infoFor}, an error. */
    public static void errorFor(String forKey, String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(forKey, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), ""));
    }

    /** As {@link #error(BusinessException)}, for the messages that show {@code forKey}. */
    public static void errorFor(String forKey, BusinessException exception) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        faces.addMessage(
                forKey,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, exception.title(locale), exception.message(locale)));
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        // an empty detail, not null: Faces would repeat the summary as the detail
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, ""));
    }
}
