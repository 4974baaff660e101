package org.boxoffice.bench.stack;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application, under /api as the platform's: no filters, no mappers, no security. */
@ApplicationPath("api")
public class StackApplication extends Application {}
