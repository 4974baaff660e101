package org.boxoffice.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.boxoffice.account.entity.Role;
import org.boxoffice.account.entity.Scope;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's root. Application-scoped, because with annotated bean discovery MicroProfile JWT
 * finds the {@code @LoginConfig} only on a bean.
 */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
    Role.CUSTOMER_ROLE,
    Role.ORGANIZER_ROLE,
    Role.SUPPORT_ROLE,
    Role.FINANCE_ROLE,
    Role.ADMIN_ROLE,
    Role.SCANNER_ROLE,
    Scope.CLIENT_ROLE,
    Scope.CATALOG_READ_SCOPE,
    Scope.BOOKINGS_WRITE_SCOPE,
    Scope.CHECKINS_WRITE_SCOPE,
    Scope.SALES_READ_SCOPE,
    Scope.REPORTS_READ_SCOPE
})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "boxoffice API",
                        version = "1",
                        description =
                                "Events, availability, bookings and check-ins. Errors are RFC 9457 problem+json."),
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = "jwt",
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "bearer",
                                        bearerFormat = "JWT")))
public class RestApplication extends Application {

    /**
     * Jersey's own check of {@code @Valid} parameters is off: the resources are CDI beans, whose
     * parameters Hibernate Validator's CDI interceptor checks on every call anyway (the same
     * constraints, the same {@code ConstraintViolationException} for {@code
     * ConstraintViolationExceptionMapper}). With both on, every request body was validated twice.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.beanValidation.disable.server", true);
    }
}
