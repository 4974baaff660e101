package org.boxoffice.account.entity;

import org.boxoffice.platform.BusinessException;

/** A service fee per ticket that is negative, too large or finer than hundredths. */
public class InvalidServiceFeeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidServiceFeeException(String max) {
        super(Kind.INVALID, "account.invalid-service-fee", max);
    }
}
