package org.boxoffice.testprovider.entity;

import jakarta.ejb.ApplicationException;

/**
 * The test provider refuses a request, as a real provider answers an error: a stable code in the
 * provider's own words ({@code amount_too_large}) and the HTTP status it answers with. Nothing is
 * changed.
 */
@ApplicationException(rollback = true)
public class TestProviderRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refusals, with their HTTP status and the provider's code. */
    public enum Reason {
        NO_SUCH_CHARGE(404, "resource_missing"),
        INVALID_REQUEST(400, "parameter_invalid"),
        AMOUNT_TOO_LARGE(400, "amount_too_large"),
        CURRENCY_MISMATCH(400, "currency_mismatch"),
        IDEMPOTENCY_KEY_IN_USE(400, "idempotency_key_in_use"),
        NOT_REFUNDABLE(409, "charge_not_refundable"),
        PROCESSING_ERROR(500, "processing_error");

        private final int status;
        private final String code;

        Reason(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public TestProviderRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
