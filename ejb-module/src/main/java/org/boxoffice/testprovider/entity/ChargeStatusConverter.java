package org.boxoffice.testprovider.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A charge's status in its table as the API names it: {@code partially_refunded}. */
@Converter
public class ChargeStatusConverter implements AttributeConverter<ChargeStatus, String> {

    @Override
    public String convertToDatabaseColumn(ChargeStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public ChargeStatus convertToEntityAttribute(String column) {
        return column == null ? null : ChargeStatus.ofWireName(column);
    }
}
