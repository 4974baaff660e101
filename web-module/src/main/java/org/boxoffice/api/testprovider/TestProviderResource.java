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
import org.boxoffice.api.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The built-in test payment provider's HTTP API, as {@code TestProviderGateway} calls it: {@code
 * POST charges}, {@code POST charges/{id}/completion}, {@code POST charges/{id}/refunds}, and {@code
 * GET charges?description=} to look charges up. Off ({@code 404}) when {@code
 * boxoffice.payment.test-provider.enabled} is false. Its errors are problem answers like the
 * platform's, with codes under {@code test-provider.}.
 */
@Path("test-provider/v1")
@Tag(
        name = "test payment provider",
        description = "The built-in test payment provider that payments reach on the embedded set-up; "
                + "not part of the booking API, off where boxoffice.payment.test-provider.enabled is false")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TestProviderResource {

    @Inject
    TestProvider provider;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.test-provider.enabled", defaultValue = "true")
    boolean enabled;

    @POST
    @Path("charges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response charge(@HeaderParam("Idempotency-Key") String key, String text) {
        if (!enabled) {
            return error(Response.Status.NOT_FOUND, "the test provider is off");
        }
        JsonObject body = object(text);
        if (key == null || key.isBlank() || body == null) {
            return error(Response.Status.BAD_REQUEST, "an Idempotency-Key and a JSON body are required");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(body.getString("amount", ""));
        } catch (NumberFormatException e) {
            return error(Response.Status.BAD_REQUEST, "amount must be a decimal number");
        }
        String method = body.getString("method", "");
        String currency = body.getString("currency", "");
        if (amount.signum() <= 0 || !currency.matches("[A-Z]{3}") || !method.matches("CARD|PAYPAL|WALLET")) {
            return error(Response.Status.BAD_REQUEST, "amount > 0, currency (ISO 4217) and method are required");
        }
        JsonObject card = body.get("card") instanceof JsonObject object ? object : null;
        String number = card == null ? "" : card.getString("number", "");
        String payer = body.getString("payerEmail", "");
        String token = body.getString("walletToken", "");
        if (("CARD".equals(method) && number.isEmpty())
                || ("PAYPAL".equals(method) && payer.isEmpty())
                || ("WALLET".equals(method) && token.isEmpty())) {
            return error(Response.Status.BAD_REQUEST, "the method's details are missing");
        }
        if ("4000000000000119".equals(number)) {
            return error(
                    Response.Status.INTERNAL_SERVER_ERROR, "processing_error: the test card for a provider failure");
        }
        TestProvider.Charge charge = provider.charge(
                key.strip(), method, amount, currency, body.getString("description", ""), number, payer, token);
        return Response.ok(json(charge)).build();
    }

    @POST
    @Path("charges/{chargeId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("chargeId") String chargeId, String text) {
        if (!enabled) {
            return error(Response.Status.NOT_FOUND, "the test provider is off");
        }
        JsonObject body = object(text);
        TestProvider.Charge charge = provider.complete(chargeId, body == null ? "" : body.getString("answer", ""));
        if (charge == null) {
            return error(Response.Status.NOT_FOUND, "no such charge");
        }
        return Response.ok(json(charge)).build();
    }

    @POST
    @Path("charges/{chargeId}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("chargeId") String chargeId, @HeaderParam("Idempotency-Key") String key) {
        if (!enabled) {
            return error(Response.Status.NOT_FOUND, "the test provider is off");
        }
        if (key == null || key.isBlank()) {
            return error(Response.Status.BAD_REQUEST, "an Idempotency-Key is required");
        }
        TestProvider.Charge charge = provider.refund(chargeId, key.strip());
        if (charge == null) {
            return error(Response.Status.NOT_FOUND, "no such charge");
        }
        if (charge.refundId == null) {
            return error(
                    Response.Status.CONFLICT, "charge " + chargeId + " is " + charge.status + ": nothing to refund");
        }
        return Response.ok(Json.createObjectBuilder()
                        .add("id", charge.refundId)
                        .add("charge", charge.id)
                        .add("status", "succeeded")
                        .build())
                .build();
    }

    @GET
    @Path("charges")
    public Response charges(@QueryParam("description") String description) {
        if (!enabled) {
            return error(Response.Status.NOT_FOUND, "the test provider is off");
        }
        JsonArrayBuilder found = Json.createArrayBuilder();
        provider.described(description == null ? "" : description).forEach(charge -> found.add(json(charge)));
        return Response.ok(Json.createObjectBuilder().add("items", found).build())
                .build();
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

    private static JsonObject json(TestProvider.Charge charge) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", charge.id)
                .add("status", charge.status)
                .add("method", charge.method)
                .add("amount", charge.amount.toPlainString())
                .add("currency", charge.currency)
                .add("description", charge.description);
        if (charge.declineCode != null) {
            json.add("declineCode", charge.declineCode);
        }
        if (charge.challenge != null) {
            json.add("challenge", charge.challenge);
        }
        return json.build();
    }

    private static Response error(Response.Status status, String message) {
        String code =
                switch (status) {
                    case NOT_FOUND -> "test-provider.not-found";
                    case CONFLICT -> "test-provider.conflict";
                    case INTERNAL_SERVER_ERROR -> "test-provider.processing-error";
                    default -> "test-provider.invalid-request";
                };
        return Problem.of(status, code, status.getReasonPhrase(), message).toResponse();
    }
}
