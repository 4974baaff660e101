package org.boxoffice.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.boxoffice.api.problem.Problem;

/**
 * The browsable API document at {@code /api/docs}: Swagger UI (the WebJar's files, which the
 * container serves from its {@code META-INF/resources} under {@code /webjars/}) showing the OpenAPI
 * document the server serves at {@code /openapi}. The page has no inline script, so that the
 * content security policy of {@code /api/docs} allows the portal's own scripts only: the page
 * starts Swagger UI from {@code /api/docs/initializer.js}. A servlet, not a JAX-RS resource, so that
 * it is not an operation of the document it shows.
 */
@WebServlet(
        name = "ApiDocs",
        urlPatterns = {"/api/docs", "/api/docs/*"})
public class ApiDocs extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the WebJar's Maven build writes its version. */
    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>boxoffice API</title>
            <link rel="stylesheet" href="%1$s/swagger-ui.css">
            </head>
            <body>
            <div id="swagger-ui"></div>
            <script src="%1$s/swagger-ui-bundle.js"></script>
            <script src="%2$s/api/docs/initializer.js"></script>
            </body>
            </html>
            """;

    /**
     * The OpenAPI document is served at the server's root, whatever the application's context root.
     * The sections (the operations' tags) open on a click: Swagger UI 5.35 showing all of the
     * document's 160 operations at once stopped after the first three in headless Chromium, while
     * one section at a time shows at once.
     */
    private static final String INITIALIZER = """
            window.ui = SwaggerUIBundle({
              url: "/openapi",
              dom_id: "#swagger-ui",
              deepLinking: true,
              validatorUrl: null,
              docExpansion: "none",
              tryItOutEnabled: false,
              persistAuthorization: false
            });
            """;

    private final String version = webjarVersion();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getPathInfo();
        response.setHeader("Cache-Control", "no-cache");
        if (rest == null || rest.equals("/")) {
            response.setContentType("text/html;charset=UTF-8");
            String assets = request.getContextPath() + "/webjars/swagger-ui/" + version;
            response.getWriter().write(PAGE.formatted(assets, request.getContextPath()));
        } else if (rest.equals("/initializer.js")) {
            response.setContentType("text/javascript;charset=UTF-8");
            response.getWriter().write(INITIALIZER);
        } else {
            // as every other unknown address under /api/: a problem, not an error page
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\""
                            + Problem.detailFor(404) + "\"}");
        }
    }

    static String webjarVersion() {
        try (InputStream in = ApiDocs.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the Swagger UI WebJar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
