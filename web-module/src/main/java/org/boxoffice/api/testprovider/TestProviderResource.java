package org.boxoffice.api.testprovider;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.testprovider.boundary.TestProvider;
import org.boxoffice.testprovider.boundary.TestProvider.ChargeRequest;
import org.boxoffice.testprovider.control.TestProviderSwitch;
import org.boxoffice.testprovider.entity.TestCharge;
import org.boxoffice.testprovider.entity.TestProviderRefusal;
import org.boxoffice.testprovider.entity.TestProviderRefusal.Reason;
import org.boxoffice.testprovider.entity.TestRefund;
import org.boxoffice.testprovider.entity.TestRules;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The built-in test payment provider's HTTP API, as {@code TestProviderGateway} calls it: {@code
 * POST charges}, {@code POST charges/{id}/completion}, {@code POST charges/{id}/refunds} (partial
 * refunds, several per charge), {@code GET charges?description=} to look charges up, and {@code GET
 * charges} and {@code GET refunds} with {@code from}, {@code to} (ISO-8601 instants), {@code limit}
 * and {@code starting_after} for the records of a period. Off ({@code 404}) unless the test provider
 * is the provider in use and switched on. Its errors are problem answers like the platform's, with
 * codes under {@code test-provider.}, that also carry the provider's own code as a real provider
 * answers it: {@code "error":{"code":"amount_too_large"}}.
 */
@Path("test-provider/v1")
@Tag(
        name = "test payment provider",
        description = "The built-in test payment provider that payments reach while boxoffice.payment.provider is"
                + " test; not part of the booking API, off (404) with another provider or where"
                + " boxoffice.payment.test-provider.enabled is false")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TestProviderResource {

    /** The longest idempotency key, reference or description the provider keeps. */
    static final int MAX_KEY = 200;

    static final int MAX_DESCRIPTION = 500;

    /** The largest amount the provider's book holds: numeric(12, 2). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    @Inject
    TestProvider provider;

    @Inject
    TestProviderSwitch testProvider;

    @POST
    @Path("charges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response charge(@HeaderParam("Idempotency-Key") String key, String text) {
        on();
        JsonObject body = object(text);
        String idempotencyKey = key(key);
        if (body == null) {
            throw invalid("a JSON body is required");
        }
        String method = body.getString("method", "");
        if (!method.matches("CARD|PAYPAL|WALLET")) {
            throw invalid("method must be CARD, PAYPAL or WALLET");
        }
        Money amount = money(body.get("amount"), body.get("currency"));
        if (amount == null) {
            throw invalid("amount and currency are required");
        }
        JsonObject card = body.get("card") instanceof JsonObject object ? object : null;
        String number = card == null ? "" : card.getString("number", "");
        String payer = body.getString("payerEmail", "");
        String token = body.getString("walletToken", "");
        if (("CARD".equals(method) && number.isEmpty())
                || ("PAYPAL".equals(method) && payer.isEmpty())
                || ("WALLET".equals(method) && token.isEmpty())) {
            throw invalid("the method's details are missing");
        }
        String description = body.getString("description", "");
        String reference = body.getString("reference", "");
        if (description.length() > MAX_DESCRIPTION || reference.length() > MAX_KEY) {
            throw invalid("description has at most " + MAX_DESCRIPTION + " characters, reference " + MAX_KEY);
        }
        TestCharge charge = provider.charge(new ChargeRequest(
                idempotencyKey, reference.strip(), method, amount, description, number, payer, token));
        if ("CARD".equals(method) && TestRules.SLOW_CARD.equals(number.replace(" ", ""))) {
            // charged and committed: the answer is what is late, as when a network drops it
            try {
                Thread.sleep(TestRules.SLOW_ANSWER.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Response.ok(json(charge)).build();
    }

    @POST
    @Path("charges/{chargeId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("chargeId") String chargeId, String text) {
        on();
        JsonObject body = object(text);
        return Response.ok(json(provider.complete(
                        text("chargeId", chargeId), body == null ? "" : body.getString("answer", ""))))
                .build();
    }

    @POST
    @Path("charges/{chargeId}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(
            @PathParam("chargeId") String chargeId, @HeaderParam("Idempotency-Key") String key, String text) {
        on();
        String idempotencyKey = key(key);
        JsonObject body = text == null || text.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : object(text);
        if (body == null) {
            throw invalid("the body must be a JSON object");
        }
        // no amount: all that is left
        Money amount = money(body.get("amount"), body.get("currency"));
        if (amount == null && body.containsKey("amount")) {
            throw invalid("an amount needs its currency");
        }
        TestRefund refund = provider.refund(text("chargeId", chargeId), amount, idempotencyKey);
        return Response.ok(json(refund)).build();
    }

    @GET
    @Path("charges")
    public Response charges(
            @QueryParam("description") String description,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("starting_after") String startingAfter) {
        on();
        if (description != null) {
            return list(provider.described(text("description", description)), false, TestProviderResource::json);
        }
        TestProvider.Page<TestCharge> page =
                provider.charges(instant("from", from), instant("to", to), cursor(startingAfter), limit(limit));
        return list(page.items(), page.hasMore(), TestProviderResource::json);
    }

    @GET
    @Path("refunds")
    public Response refunds(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("starting_after") String startingAfter) {
        on();
        TestProvider.Page<TestRefund> page =
                provider.refunds(instant("from", from), instant("to", to), cursor(startingAfter), limit(limit));
        return list(page.items(), page.hasMore(), TestProviderResource::json);
    }

    /** 404 unless the test provider is the provider in use and switched on. */
    private void on() {
        if (!testProvider.on()) {
            throw new TestProviderRefusal(Reason.NO_SUCH_CHARGE, "the test provider is off");
        }
    }

    private static <T> Response list(List<T> items, boolean hasMore, Function<T, JsonObject> json) {
        JsonArrayBuilder found = Json.createArrayBuilder();
        items.forEach(item -> found.add(json.apply(item)));
        return Response.ok(Json.createObjectBuilder()
                        .add("items", found)
                        .add("has_more", hasMore)
                        .build())
                .build();
    }

    private static String key(String key) {
        if (key == null || key.isBlank()) {
            throw invalid("an Idempotency-Key is required");
        }
        if (key.strip().length() > MAX_KEY) {
            throw invalid("an Idempotency-Key has at most " + MAX_KEY + " characters");
        }
        return key.strip();
    }

    /**
     * The amount and currency as money, null when there is no amount.
     *
     * @throws TestProviderRefusal for an amount that is not a positive decimal with the currency's
     *     decimals, or an unknown currency
     */
    private static Money money(JsonValue amount, JsonValue currency) {
        if (amount == null || !(currency instanceof JsonString code)) {
            return null;
        }
        String text = amount instanceof JsonString string ? string.getString() : amount.toString();
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0) {
                throw invalid("amount must be more than 0 and at most " + MAX_AMOUNT.toPlainString());
            }
            if (!code.getString().matches("[A-Z]{3}")) {
                throw invalid("currency must be an ISO 4217 code");
            }
            return Money.of(value, Currency.getInstance(code.getString()));
        } catch (IllegalArgumentException e) {
            // NumberFormatException too: not a number, a currency no one has, more decimals than it has
            throw invalid("amount must be a decimal number with the currency's decimals, currency an ISO 4217 code");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name + " is required (an ISO-8601 instant, 2026-12-07T10:15:30Z)");
        }
        try {
            Instant instant = Instant.parse(value.strip());
            if (instant.getEpochSecond() < 0 || instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw invalid(name + " must lie between 1970 and 9999");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be an ISO-8601 instant (2026-12-07T10:15:30Z)");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= TestProvider.MAX_PAGE) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw invalid("limit must be a whole number from 1 to " + TestProvider.MAX_PAGE);
    }

    private static String cursor(String startingAfter) {
        if (startingAfter == null || startingAfter.isBlank()) {
            return null;
        }
        if (startingAfter.length() > 40) {
            throw invalid("starting_after names nothing");
        }
        return text("starting_after", startingAfter).strip();
    }

    /** A query parameter compared as it is; no column of the database keeps a NUL. */
    private static String text(String name, String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw invalid(name + " must not contain the character NUL");
        }
        return value;
    }

    /**
     * The body as a JSON object, or null when it is empty or another JSON value (the platform has
     * already refused bodies that are not JSON at all).
     */
    private static JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue() instanceof JsonObject object ? object : null;
        } catch (JsonException e) {
            return null;
        }
    }

    private static JsonObject json(TestCharge charge) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", charge.id())
                .add("status", charge.status().wireName())
                .add("method", charge.method())
                .add("amount", charge.amount().amount().toPlainString())
                .add("currency", charge.amount().currency().getCurrencyCode())
                .add("description", charge.description())
                .add("reference", charge.reference())
                .add("refunded", charge.refunded().amount().toPlainString())
                .add("created", charge.createdAt().toInstant().toString());
        if (charge.declineCode() != null) {
            json.add("declineCode", charge.declineCode());
        }
        if (charge.challenge() != null) {
            json.add("challenge", charge.challenge());
        }
        return json.build();
    }

    private static JsonObject json(TestRefund refund) {
        return Json.createObjectBuilder()
                .add("id", refund.id())
                .add("charge", refund.chargeId())
                .add("status", "succeeded")
                .add("amount", refund.amount().amount().toPlainString())
                .add("currency", refund.amount().currency().getCurrencyCode())
                .add("created", refund.createdAt().toInstant().toString())
                .build();
    }

    private static TestProviderRefusal invalid(String message) {
        return new TestProviderRefusal(Reason.INVALID_REQUEST, message);
    }
}
