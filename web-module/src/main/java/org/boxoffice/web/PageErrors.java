package org.boxoffice.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.platform.BusinessException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * The one Faces exception handler of the pages. A business exception that an action lets through
 * becomes a message on the page. A post whose view is gone (the session expired, the page was open
 * too long, the view state was edited or belongs to another session) or that lacks the nonce of the
 * page it claims to come from gets a page that says so and offers to reload it, status 400. A post
 * that a component cannot decode gets a page that says the form could not be read, status 400. Any
 * other fault of an ajax request gets the error page too, with an incident id in the log, instead of
 * Faces' partial-response {@code <error>}, which names the exception's class and which PrimeFaces
 * shows no one. Other faults of a plain request go on to the container's error page
 * ({@link ErrorServlet}).
 */
public class PageErrors extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

    public PageErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        boolean answered = false;
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            if (answered && faces.getResponseComplete()) {
                // what failed after the answer was sent follows from what it answered
                LOG.log(Level.FINE, "after the answer", exception);
                events.remove();
            } else if (answer(faces, exception)) {
                events.remove();
                answered = true;
            }
        }
        getWrapped().handle();
    }

    /** Whether the exception is answered here. */
    private static boolean answer(FacesContext faces, Throwable exception) {
        ExternalContext external = faces.getExternalContext();
        boolean ajax = faces.getPartialViewContext().isAjaxRequest();
        BusinessException refusal = causeOf(exception, BusinessException.class);
        if (refusal != null
                && faces.getViewRoot() != null
                && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                && !external.isResponseCommitted()) {
            FacesMessages.error(refusal);
            faces.renderResponse();
            return true;
        }
        if (external.isResponseCommitted()) {
            return false;
        }
        Locale locale = faces.getApplication().getViewHandler().calculateLocale(faces);
        // the view is gone, or the post did not come from a page this session was shown (PrimeFaces
        // checks the nonce of its content security policy on every post)
        if (causeOf(exception, ViewExpiredException.class) != null || causeOf(exception, CspException.class) != null) {
            reply(
                    faces,
                    ajax,
                    400,
                    MessagePage.viewExpired(locale, external.getRequestContextPath(), reloadAddress(external)));
            return true;
        }
        if (causeOf(exception, ProtectedViewException.class) != null) {
            reply(
                    faces,
                    ajax,
                    403,
                    MessagePage.error(locale, external.getRequestContextPath(), "error.forbidden", null));
            return true;
        }
        // a component that cannot decode what was sent (PrimeFaces' inputNumber throws on letters)
        PhaseId phase = faces.getCurrentPhaseId();
        if (phase == PhaseId.APPLY_REQUEST_VALUES || phase == PhaseId.PROCESS_VALIDATIONS) {
            LOG.log(Level.FINE, "a post that could not be read", exception);
            reply(faces, ajax, 400, MessagePage.error(locale, external.getRequestContextPath(), "error.badForm", null));
            return true;
        }
        if (ajax) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident + " at " + external.getRequestServletPath(), exception);
            reply(
                    faces,
                    true,
                    500,
                    MessagePage.error(locale, external.getRequestContextPath(), "error.generic", incident));
            return true;
        }
        return false;
    }

    /** The page's own address: a GET of it shows the page anew. */
    private static String reloadAddress(ExternalContext external) {
        Object request = external.getRequest();
        if (request instanceof jakarta.servlet.http.HttpServletRequest http) {
            return http.getRequestURI();
        }
        return external.getRequestContextPath() + "/";
    }

    /**
     * A plain request gets the page with its status. An ajax request gets it as an update of the
     * whole document, the one partial response that both Faces' and PrimeFaces' scripts turn into
     * a page, with status 200, which they need to read it at all.
     */
    private static void reply(FacesContext faces, boolean ajax, int status, String page) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseReset();
            external.setResponseCharacterEncoding("UTF-8");
            Writer writer = external.getResponseOutputWriter();
            if (ajax) {
                external.setResponseContentType("text/xml");
                external.setResponseHeader("Cache-Control", "no-cache");
                writer.write(MessagePage.partialResponse(page));
            } else {
                external.setResponseStatus(status);
                external.setResponseContentType("text/html");
                writer.write(page);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static <T extends Throwable> T causeOf(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * Refuses a post without the nonce of the page's content security policy right after its view is
     * restored. PrimeFaces checks the nonce only from the render phase on: its listener throws before
     * the render phase, where Faces queues the exception, skips the other listeners and renders all
     * the same, until the first script fails again half way, leaving a page cut off under status 200
     * with the error page after it. Registered in {@code faces-config.xml}.
     */
    public static class NonceCheck implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {}

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            if (faces.getViewRoot() == null
                    || faces.getResponseComplete()
                    || !faces.isPostback()
                    || !PrimeApplicationContext.getCurrentInstance(faces)
                            .getConfig()
                            .isCsp()) {
                return;
            }
            try {
                PrimeFacesContext.getCspState(faces).getNonce();
            } catch (CspException refused) {
                faces.getApplication()
                        .publishEvent(
                                faces, ExceptionQueuedEvent.class, new ExceptionQueuedEventContext(faces, refused));
                faces.getExceptionHandler().handle();
            }
        }
    }

    /** Registered in {@code faces-config.xml}. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageErrors(getWrapped().getExceptionHandler());
        }
    }
}
