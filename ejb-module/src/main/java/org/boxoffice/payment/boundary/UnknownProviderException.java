package org.boxoffice.payment.boundary;

import org.boxoffice.platform.BusinessException;

/** A webhook for a provider that this platform does not use: 404, nothing changed. */
public class UnknownProviderException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownProviderException(String provider) {
        super(Kind.NOT_FOUND, "payment.provider-unknown", provider);
    }
}
