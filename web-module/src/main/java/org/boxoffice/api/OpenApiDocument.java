package org.boxoffice.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The last touch to the document served at {@code /openapi} ({@code mp.openapi.filter}), so that
 * validators and client generators take it:
 *
 * <ul>
 *   <li>Payara adds a top-level member {@code endpoints} (its applications' paths by context root)
 *       that OpenAPI 3 does not have: it is emptied, and an empty one is not written;
 *   <li>an operation's id is its Java method's name, and several resources name theirs alike
 *       ({@code list}, {@code create}): an id that is not unique gets the words of its path, {@code
 *       list} of {@code GET /api/v1/admin/accounts} becomes {@code listAdminAccounts};
 *   <li>an array without {@code items} (the inner array of a list of lists) gets items of any type;
 *   <li>the request records' Bean Validation constraints become their schemas' {@code required},
 *       lengths, bounds and patterns ({@link RequestConstraints});
 *   <li>every operation lists the problems it can answer, with a {@code Problem} schema ({@link
 *       ProblemResponses}), and every JSON body has an example ({@link Examples});
 *   <li>an operation without a tag is tagged with the first part of its path after {@code
 *       /api/v1/} ({@code events}, {@code bookings}, {@code organizer}, {@code admin}...), so that
 *       the browsable document at {@code /api/docs} shows the operations in sections.
 * </ul>
 */
public class OpenApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());

    /** An array of arrays (a seat map's rows) comes without the inner array's items, which OpenAPI requires. */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null && schema.getRef() == null) {
            schema.setItems(OASFactory.createSchema());
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        removeEndpoints(document);
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            uniqueOperationIds(document.getPaths().getPathItems());
        }
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            try {
                RequestConstraints.apply(document.getComponents().getSchemas(), RequestConstraints.ofResources());
            } catch (RuntimeException e) {
                // the constraints only add to the document: without them it is still whole and valid
                LOG.log(Level.WARNING, "the request constraints could not be added to the OpenAPI document", e);
            }
        }
        ProblemResponses.addTo(document);
        Examples.addTo(document);
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            tagBySection(document.getPaths().getPathItems());
        }
    }

    /** The section of the API a path is in: its first part after {@code /api/v1/}. */
    static String sectionOf(String path) {
        String prefix = "/api/v1/";
        if (!path.startsWith(prefix)) {
            return "other";
        }
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static void tagBySection(Map<String, PathItem> items) {
        items.forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                operation.addTag(sectionOf(path));
            }
        }));
    }

    private static void removeEndpoints(OpenAPI document) {
        try {
            if (document.getClass().getMethod("getEndpoints").invoke(document) instanceof Map<?, ?> endpoints) {
                endpoints.clear();
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // an implementation without the member: nothing to take out
        }
    }

    static void uniqueOperationIds(Map<String, PathItem> paths) {
        record Named(String path, Operation operation) {}
        List<Named> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> operations.add(new Named(path, operation)));
            }
        });
        Map<String, Long> uses = operations.stream()
                .map(named -> named.operation().getOperationId())
                .filter(id -> id != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (Named named : operations) {
            String id = named.operation().getOperationId();
            if (id != null && uses.get(id) > 1) {
                named.operation().setOperationId(withPathWords(id, named.path()));
            }
        }
    }

    /** {@code list} and {@code /api/v1/admin/accounts}: {@code listAdminAccounts}. */
    static String withPathWords(String id, String path) {
        StringBuilder unique = new StringBuilder(id);
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.startsWith("{") || segment.equals("api") || segment.matches("v\\d+")) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            for (String part : segment.split("[^A-Za-z0-9]+")) {
                if (!part.isEmpty()) {
                    word.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
            if (!word.toString().toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT))) {
                unique.append(word);
            }
        }
        return unique.toString();
    }
}
