package org.boxoffice.admin.boundary;

import org.boxoffice.platform.BusinessException;

public class NoRolesException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoRolesException() {
        super(Kind.INVALID, "admin.no-roles");
    }
}
