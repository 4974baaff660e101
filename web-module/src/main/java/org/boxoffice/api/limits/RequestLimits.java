package org.boxoffice.api.limits;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts a {@link RequestBodyFilter} in front of every resource method, with that method's body
 * limit: its own {@link BodyLimit}, its class's, or {@code boxoffice.api.max-body-bytes}; JSON
 * bodies are checked against {@code boxoffice.api.max-json-depth} and {@code
 * boxoffice.api.max-json-string-chars}. Read once, when the application starts.
 */
@Provider
public class RequestLimits implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Config config = ConfigProvider.getConfig();
        long limit = limitOf(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass(), config);
        JsonCheck json = new JsonCheck(
                config.getOptionalValue("boxoffice.api.max-json-depth", Integer.class)
                        .orElse(16),
                config.getOptionalValue("boxoffice.api.max-json-string-chars", Integer.class)
                        .orElse(16384));
        context.register(new RequestBodyFilter(limit, json));
    }

    static long limitOf(Method method, Class<?> resource, Config config) {
        BodyLimit own = method == null ? null : method.getAnnotation(BodyLimit.class);
        BodyLimit limit = own != null ? own : resource == null ? null : resource.getAnnotation(BodyLimit.class);
        if (limit != null && !limit.setting().isEmpty()) {
            return config.getValue(limit.setting(), Long.class);
        }
        if (limit != null && limit.bytes() > 0) {
            return limit.bytes();
        }
        return config.getOptionalValue("boxoffice.api.max-body-bytes", Long.class)
                .orElse(65536L);
    }
}
