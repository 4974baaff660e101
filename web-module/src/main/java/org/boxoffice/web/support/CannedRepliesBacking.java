package org.boxoffice.web.support;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.support.boundary.CannedReplies;
import org.boxoffice.support.entity.CannedReply;
import org.boxoffice.web.FacesMessages;

/**
 * The desk's canned replies ({@code /support/canned-replies.xhtml}), for support staff and admins:
 * each a title, a language and a text that prefills an answer on a case; written, changed and
 * deleted here.
 */
@Named
@ViewScoped
public class CannedRepliesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A reply as the list shows it. */
    public record Row(long id, String title, String language, String body) implements Serializable {}

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient CannedReplies replies;

    private List<Row> rows = List.of();
    private Long editing;
    private String title;
    private String language = "en";
    private String body;

    @PostConstruct
    void init() {
        show();
    }

    private void show() {
        rows = replies.list(signedIn.get(), null).stream()
                .map(reply -> new Row(reply.id(), reply.title(), reply.language(), reply.body()))
                .toList();
    }

    /** Saves the form: a new reply, or the one being changed. */
    public void save() {
        try {
            if (editing == null) {
                replies.create(signedIn.get(), title, body, language);
                FacesMessages.info("cannedReplies.created", title);
            } else {
                replies.change(signedIn.get(), editing, title, body, language);
                FacesMessages.info("cannedReplies.changed", title);
            }
            clear();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        show();
    }

    /** Puts the reply into the form to change it. */
    public void edit(long replyId) {
        try {
            CannedReply reply = replies.get(signedIn.get(), replyId);
            editing = reply.id();
            title = reply.title();
            language = reply.language();
            body = reply.body();
        } catch (BusinessException e) {
            FacesMessages.error(e);
            show();
        }
    }

    public void delete(long replyId) {
        try {
            replies.delete(signedIn.get(), replyId);
            FacesMessages.info("cannedReplies.deleted");
            if (Long.valueOf(replyId).equals(editing)) {
                clear();
            }
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        show();
    }

    public void clear() {
        editing = null;
        title = null;
        language = "en";
        body = null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
