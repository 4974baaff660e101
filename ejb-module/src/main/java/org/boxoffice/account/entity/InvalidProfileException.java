package org.boxoffice.account.entity;

import org.boxoffice.platform.BusinessException;

/** A personal detail that breaks its rule; the code names which: name-required, name-length, phone, address-length, language. */
public class InvalidProfileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidProfileException(String rule) {
        super(Kind.INVALID, "account.invalid-profile." + rule);
    }
}
