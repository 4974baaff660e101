package org.boxoffice.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.boxoffice.account.entity.Role;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The API's root. Application-scoped, because with annotated bean discovery MicroProfile JWT
 * finds the {@code @LoginConfig} only on a bean.
 */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
public class RestApplication extends Application {}
