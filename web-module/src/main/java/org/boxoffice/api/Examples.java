package org.boxoffice.api;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example for every JSON body of the OpenAPI document that has none, request and answer, made
 * from its schema: each member gets a value as the API writes it (ids as strings, money as
 * {@code {"amount": "49.00", "currency": "EUR"}}, times with their offset), told from its name and
 * type, so that an integrator reads a whole body at a glance and tries an operation with one that is
 * nearly right.
 */
final class Examples {

    private static final String SCHEMAS = "#/components/schemas/";

    /** Nested deeper than this, a body is shown without the rest: the examples stay short. */
    private static final int MAX_DEPTH = 6;

    private final Map<String, Schema> schemas;

    private Examples(Map<String, Schema> schemas) {
        this.schemas = schemas == null ? Map.of() : schemas;
    }

    static void addTo(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        Examples examples = new Examples(
                document.getComponents() == null
                        ? null
                        : document.getComponents().getSchemas());
        document.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(examples::addTo);
            }
        });
    }

    private void addTo(Operation operation) {
        if (operation.getRequestBody() != null) {
            addTo(operation.getRequestBody().getContent(), true);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getRef() == null) {
                    addTo(response.getContent(), false);
                }
            });
        }
    }

    /**
     * Bodies whose members depend on each other, written out whole so that the example is one the
     * API takes as it is (a ticket type sells seats or a capacity, not both; an event ends after it
     * starts), and a map whose keys the schema cannot name.
     */
    private static final Map<String, Object> WRITTEN = Map.of(
            "EventRequest",
            Map.of(
                    "venueId",
                    "50",
                    "categoryId",
                    "1",
                    "title",
                    "Winter Night",
                    "description",
                    "A long night of chamber music.",
                    "startsAt",
                    "2027-01-15T20:00",
                    "endsAt",
                    "2027-01-15T22:30",
                    "maxPerOrder",
                    6,
                    "ticketTypes",
                    List.of(
                            Map.of(
                                    "name", "Stalls",
                                    "price", Map.of("amount", "49.50", "currency", "EUR"),
                                    "sectionId", "51"),
                            Map.of(
                                    "name",
                                    "Standing",
                                    "price",
                                    Map.of("amount", "19.00", "currency", "EUR"),
                                    "capacity",
                                    300))),
            "TicketTypeRequest",
            Map.of("name", "Standing", "price", Map.of("amount", "19.00", "currency", "EUR"), "capacity", 300),
            "SectionRequest",
            Map.of("name", "Stalls", "rows", 10, "seatsPerRow", 20, "category", "Standard"),
            "VenueRequest",
            Map.of(
                    "name", "Elbe Concert Hall",
                    "address", "Platz der Deutschen Einheit 4",
                    "city", "Hamburg",
                    "zoneId", "Europe/Berlin"));

    private static final Map<String, Object> MAIL_CHOICES = Map.of("EVENT_REMINDER", Map.of("mail", false));

    private void addTo(Content content, boolean request) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (type.contains("json") && !hasExample(media) && media.getSchema() != null) {
                Object example = of(null, media.getSchema(), new HashSet<>(), 0);
                if (request
                        && example instanceof Map<?, ?> map
                        && map.isEmpty()
                        && media.getSchema().getRef() == null) {
                    example = MAIL_CHOICES; // the one body that is a map of names: the kinds of notification
                }
                if (example != null && !(example instanceof Map<?, ?> map && map.isEmpty())) {
                    media.setExample(example);
                }
            }
        });
    }

    private static boolean hasExample(MediaType media) {
        return media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    /** A value for the schema, named {@code name} in its object (null at the top). */
    private Object of(String name, Schema schema, Set<String> visiting, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        String written = writtenFor(schema);
        if (written != null) {
            return WRITTEN.get(written);
        }
        if (schema.getRef() != null) {
            String referenced =
                    schema.getRef().startsWith(SCHEMAS) ? schema.getRef().substring(SCHEMAS.length()) : schema.getRef();
            if (!visiting.add(referenced)) {
                return null; // a schema that holds itself: shown once
            }
            try {
                return of(name, schemas.get(referenced), visiting, depth);
            } finally {
                visiting.remove(referenced);
            }
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        Schema.SchemaType type = schema.getType();
        // the type first: a schema of a plain value may come with an empty map of properties
        if (type == Schema.SchemaType.INTEGER || type == Schema.SchemaType.NUMBER) {
            return integer(name, schema);
        }
        if (type == Schema.SchemaType.BOOLEAN) {
            return !lower(name).startsWith("sold") && !lower(name).startsWith("blocked");
        }
        if (type == Schema.SchemaType.STRING) {
            return text(name);
        }
        if (type == Schema.SchemaType.ARRAY) {
            Object item = of(singular(name), schema.getItems(), visiting, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        boolean hasProperties =
                schema.getProperties() != null && !schema.getProperties().isEmpty();
        if (type == Schema.SchemaType.OBJECT || hasProperties) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (hasProperties) {
                schema.getProperties().forEach((member, property) -> {
                    Object value = of(member, property, visiting, depth + 1);
                    if (value != null && !(value instanceof Map<?, ?> map && map.isEmpty())) {
                        object.put(member, value);
                    }
                });
            }
            return object;
        }
        return null;
    }

    /**
     * The name of the written-out body this schema is, whether it refers to its component or is
     * the component's schema itself (as the document's model may hold it before it is written).
     */
    private String writtenFor(Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return null;
        }
        for (String name : WRITTEN.keySet()) {
            Schema component = schemas.get(name);
            if (component == schema
                    || (component != null
                            && component.getProperties() != null
                            && component
                                    .getProperties()
                                    .keySet()
                                    .equals(schema.getProperties().keySet()))) {
                return name;
            }
        }
        return null;
    }

    private static Object integer(String name, Schema schema) {
        String key = lower(name);
        long value =
                switch (key) {
                    case "page" -> 1;
                    case "size" -> 20;
                    case "total" -> 57;
                    case "status" -> 200;
                    case "capacity" -> 250;
                    case "rows" -> 10;
                    case "seatsperrow" -> 20;
                    case "seats" -> 200;
                    case "maxperorder" -> 10;
                    case "maxpercustomer" -> 8;
                    case "cancellationhours" -> 48;
                    case "quantity" -> 2;
                    case "expires_in" -> 900;
                    default -> key.contains("available") || key.contains("sold") || key.contains("held") ? 12 : 1;
                };
        if (schema.getMinimum() != null && value < schema.getMinimum().longValue()) {
            value = schema.getMinimum().longValue();
        }
        if (schema.getMaximum() != null && value > schema.getMaximum().longValue()) {
            value = schema.getMaximum().longValue();
        }
        return value;
    }

    private static String text(String name) {
        String key = lower(name);
        if (key.equals("id") || key.endsWith("id") && !key.endsWith("zoneid")) {
            return "42";
        }
        if (key.endsWith("ids")) {
            return "42";
        }
        if ((name != null && name.endsWith("At"))
                || key.startsWith("sales")
                || key.equals("from")
                || key.equals("to")) {
            return "2027-03-01T20:00:00+01:00";
        }
        if (key.contains("zone")) {
            return "Europe/Berlin";
        }
        return switch (key) {
            case "amount" -> "49.00";
            case "currency" -> "EUR";
            case "email" -> "ada@example.org";
            case "password", "newpassword" -> "correct horse battery staple";
            case "title" -> "Night of Jazz";
            case "name" -> "Stalls";
            case "displayname" -> "Ada Lovelace";
            case "description" -> "Four bands, one night, standing room only.";
            case "city" -> "Hamburg";
            case "address" -> "Platz der Deutschen Einheit 4";
            case "category", "slug" -> "concerts";
            case "seatcategory" -> "Premium";
            case "paymentmethod" -> "CARD";
            case "origin" -> "Hamburg Hbf";
            case "destination" -> "London St Pancras";
            case "vatrate" -> "19.00";
            case "status" -> "PUBLISHED";
            case "code" -> "BX1-42-7F3Q";
            case "url" -> "https://example.org/boxoffice/hooks";
            case "token", "access_token" -> "eyJhbGciOiJSUzI1NiJ9...";
            case "token_type" -> "Bearer";
            case "language" -> "en";
            case "gate" -> "North";
            case "label" -> "A";
            case "method" -> "CARD";
            case "type" -> "about:blank";
            default -> "text";
        };
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        if (name.endsWith("ies")) {
            return name.substring(0, name.length() - 3) + "y";
        }
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
