package org.boxoffice.admin.boundary;

import org.boxoffice.platform.BusinessException;

public class OwnRolesException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OwnRolesException() {
        super(Kind.CONFLICT, "admin.own-roles");
    }
}
