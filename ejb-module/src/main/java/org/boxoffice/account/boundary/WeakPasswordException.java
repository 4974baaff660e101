package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

/** A password that breaks one of the rules; the code names which: length, guessable, email. */
public class WeakPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WeakPasswordException(String rule) {
        super(Kind.INVALID, "account.weak-password." + rule);
    }
}
