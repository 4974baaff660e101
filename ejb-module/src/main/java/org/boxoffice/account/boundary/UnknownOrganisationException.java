package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

public class UnknownOrganisationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownOrganisationException(Object id) {
        super(Kind.NOT_FOUND, "account.unknown-organisation", String.valueOf(id));
    }
}
