package org.boxoffice.web.my;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.support.boundary.SupportCases;

/**
 * A file of a support case for the pages, which are signed in by their session (the API takes
 * tokens only): {@code ?case=&attachment=}, for whoever the support component lets see it (the
 * customer, the desk, the organizers of the event); anyone else, and an unknown case or file, gets a
 * 404. Always a download ({@code Content-Disposition: attachment}) of the type told from its content
 * when it was stored, never sniffed by the browser, never kept by a cache.
 */
@WebServlet("/my/case-attachment")
public class CaseAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportCases cases;

    @Inject
    SignedIn signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Account> viewer = signedIn.find();
        Optional<Long> caseId = Parameters.id(request.getParameter("case"));
        Optional<Long> attachmentId = Parameters.id(request.getParameter("attachment"));
        if (viewer.isEmpty() || caseId.isEmpty() || attachmentId.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SupportCases.Download download;
        try {
            download = cases.attachment(viewer.get(), caseId.get(), attachmentId.get());
        } catch (BusinessException unknownOrHidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!Files.isRegularFile(download.file())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = download.attachment().name();
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        response.setContentType(download.attachment().contentType());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setContentLengthLong(Files.size(download.file()));
        Files.copy(download.file(), response.getOutputStream());
    }
}
