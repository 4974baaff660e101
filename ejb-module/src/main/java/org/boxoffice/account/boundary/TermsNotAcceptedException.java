package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

/** Registration without agreeing to the terms of use. */
public class TermsNotAcceptedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TermsNotAcceptedException(String version) {
        super(Kind.INVALID, "account.terms-not-accepted", version);
    }
}
