package org.boxoffice.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.boxoffice.platform.BusinessException.Kind;
import org.junit.jupiter.api.Test;

class BusinessExceptionMapperTest {

    @Test
    void tooManyIsTooManyRequests() {
        assertThat(BusinessExceptionMapper.statusOf(Kind.TOO_MANY).getStatusCode())
                .isEqualTo(429);
    }

    @Test
    void unauthenticatedIsUnauthorized() {
        assertThat(BusinessExceptionMapper.statusOf(Kind.UNAUTHENTICATED).getStatusCode())
                .isEqualTo(401);
    }

    @Test
    void notFoundIs404() {
        assertThat(BusinessExceptionMapper.statusOf(Kind.NOT_FOUND).getStatusCode())
                .isEqualTo(404);
    }

    @Test
    void conflictIs409() {
        assertThat(BusinessExceptionMapper.statusOf(Kind.CONFLICT).getStatusCode())
                .isEqualTo(409);
    }

    @Test
    void invalidIs422() {
        Response.StatusType status = BusinessExceptionMapper.statusOf(Kind.INVALID);

        assertThat(status).isNotNull();
        assertThat(status.getStatusCode()).isEqualTo(422);
        assertThat(status.getFamily()).isEqualTo(Response.Status.Family.CLIENT_ERROR);
        assertThat(status.getReasonPhrase()).isEqualTo("Unprocessable Content");
    }

    @Test
    void forbiddenIs403() {
        assertThat(BusinessExceptionMapper.statusOf(Kind.FORBIDDEN).getStatusCode())
                .isEqualTo(403);
    }

    @Test
    void unavailableIs503() {
        assertThat(BusinessExceptionMapper.statusOf(Kind.UNAVAILABLE).getStatusCode())
                .isEqualTo(503);
    }

    @Test
    void everyKindButUnavailableHasAClientErrorStatus() {
        for (Kind kind : Kind.values()) {
            assertThat(BusinessExceptionMapper.statusOf(kind))
                    .as(kind.name())
                    .isNotNull()
                    .extracting(Response.StatusType::getFamily)
                    .isEqualTo(
                            kind == Kind.UNAVAILABLE
                                    ? Response.Status.Family.SERVER_ERROR
                                    : Response.Status.Family.CLIENT_ERROR);
        }
    }
}
