package org.boxoffice.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.api.problem.InvalidParametersException;
import org.boxoffice.api.problem.Problem;

/**
 * ETags and {@code If-Match} for the things integrators change, so that two clients changing the
 * same event cannot overwrite each other unseen. Every answer that is one {@link Versioned} thing
 * carries its version as a strong {@code ETag} ({@code "7"}); a change that sends {@code If-Match}
 * with that tag is made only if the thing is still at that version, else 412. A change without
 * {@code If-Match} (or with {@code If-Match: *}) is made whatever the version, as before ETags.
 */
@Provider
public class EntityTags implements ContainerResponseFilter {

    /** One strong tag, the version in quotes: {@code "7"}. */
    private static final Pattern TAG = Pattern.compile("\"(\\d{1,18})\"");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Versioned versioned
                && response.getStatus() >= 200
                && response.getStatus() < 300
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, of(versioned.version()));
        }
    }

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version an {@code If-Match} header asks for: null when there is none or it is {@code *}
     * (any version). A weak tag or a list of several is refused as a parameter that cannot be read:
     * a change is made against the one version the client read.
     *
     * @throws InvalidParametersException naming {@code If-Match} when it is not one strong tag
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new InvalidParametersException(List.of(new Problem.FieldError(
                    HttpHeaders.IF_MATCH, "must be the ETag of the last answer, such as \"7\", or *")));
        }
        return Long.valueOf(tag.group(1));
    }
}
