package org.boxoffice.web.my;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A customer's own file sent to the browser: never kept by a cache, named for saving. */
final class PersonalFiles {

    private PersonalFiles() {}

    /**
     * @param disposition {@code attachment} to save it, {@code inline} to show it
     */
    static void send(HttpServletResponse response, byte[] data, String type, String disposition, String name)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition + "; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}
