package org.boxoffice.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class JsonProcessingExceptionMapperTest {

    @Test
    void theInnermostMemberNamedIsTheField() {
        JsonbException nested = new JsonbException(
                "Unable to deserialize property 'ticketTypes' because of: x",
                new JsonbException(
                        "Unable to deserialize property 'capacity' because of: Error deserialize JSON value"));

        assertThat(JsonProcessingExceptionMapper.field(nested)).hasValue("capacity");
        assertThat(JsonProcessingExceptionMapper.field(new JsonbException("Unexpected end of input")))
                .isEmpty();
    }
}
