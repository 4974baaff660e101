package org.boxoffice.catalog.boundary;

import org.boxoffice.platform.BusinessException;

public class NoImageException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoImageException() {
        super(Kind.NOT_FOUND, "catalog.no-image");
    }
}
