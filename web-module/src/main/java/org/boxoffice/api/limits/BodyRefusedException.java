package org.boxoffice.api.limits;

/**
 * A request body refused before it was read into anything: too large (413), not a well-formed JSON
 * document within the limits (400), or not sent in full (408). {@code org.boxoffice.api.problem} answers it as a problem.
 * Without a stack trace: it is the client's mistake, answered many times a second by a careless one.
 */
public class BodyRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String MALFORMED = "malformed-body";
    public static final String TOO_LARGE = "body-too-large";
    public static final String INCOMPLETE = "body-incomplete";

    private final int status;
    private final String code;
    private final String detail;

    private BodyRefusedException(int status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    public static BodyRefusedException malformed(String detail) {
        return new BodyRefusedException(400, MALFORMED, detail);
    }

    public static BodyRefusedException tooLarge(long limit) {
        return new BodyRefusedException(
                413, TOO_LARGE, "The body is larger than this address takes: at most " + limit + " bytes.");
    }

    /** 400, 408 or 413. */
    public int status() {
        return status;
    }

    /** The client stopped sending its body before its end (the read timed out or the connection broke). */
    public static BodyRefusedException incomplete() {
        return new BodyRefusedException(
                408, INCOMPLETE, "The body did not arrive in full: the client stopped sending it before its end.");
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
