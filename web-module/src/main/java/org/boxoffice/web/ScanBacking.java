package org.boxoffice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The door scanner's page (scan.xhtml), which door staff open without an account: it speaks the
 * first language of the browser that its texts are written in ({@code
 * org/boxoffice/web/scanner*.properties}), English or German, and English otherwise. The rest
 * of its work is the script's, with the scanner token.
 */
@Named
@RequestScoped
public class ScanBacking {

    /** The languages of the scanner's texts, the first the default. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    public Locale getLocale() {
        return language(FacesContext.getCurrentInstance().getExternalContext().getRequestLocales());
    }

    /** The first of the preferred languages that the scanner speaks; English when none is. */
    static Locale language(Iterator<Locale> preferred) {
        while (preferred.hasNext()) {
            String wanted = preferred.next().getLanguage();
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(wanted)) {
                    return language;
                }
            }
        }
        return LANGUAGES.get(0);
    }
}
