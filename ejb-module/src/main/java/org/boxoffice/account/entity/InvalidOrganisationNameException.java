package org.boxoffice.account.entity;

import org.boxoffice.platform.BusinessException;

public class InvalidOrganisationNameException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidOrganisationNameException(int maxLength) {
        super(Kind.INVALID, "account.invalid-organisation-name", maxLength);
    }
}
