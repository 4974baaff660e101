package org.boxoffice.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.boxoffice.platform.control.PersonalDataCipher;

/**
 * Keeps a personal field encrypted in the database and plain in the entity: mark the field with
 * {@code @Convert(converter = PersonalDataConverter.class)}. Such fields cannot be searched or
 * sorted in SQL, which is the point.
 */
@Converter
public class PersonalDataConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return PersonalDataCipher.configured().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return PersonalDataCipher.configured().decrypt(stored);
    }
}
