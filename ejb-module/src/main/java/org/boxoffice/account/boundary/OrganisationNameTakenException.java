package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

public class OrganisationNameTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrganisationNameTakenException(String name) {
        super(Kind.CONFLICT, "account.organisation-name-taken", name);
    }
}
