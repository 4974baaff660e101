package org.boxoffice.api;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the Bean Validation constraints of the request records into their schemas in the OpenAPI
 * document (required members, lengths, bounds, patterns), which Payara's own scan of them cannot
 * do (it is off: it throws on the records' constructors). The records are found from the resources'
 * methods: a parameter without a JAX-RS annotation is the body.
 */
final class RequestConstraints {

    private RequestConstraints() {}

    /** The request records of the application's resources (and the records they hold), by simple name. */
    static Map<String, Class<?>> ofResources() {
        List<Class<?>> resources = new ArrayList<>();
        try {
            for (Bean<?> bean : CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                if (bean.getBeanClass().isAnnotationPresent(Path.class)
                        && bean.getBeanClass().getPackageName().startsWith("org.boxoffice.api")) {
                    resources.add(bean.getBeanClass());
                }
            }
        } catch (IllegalStateException e) {
            // no CDI container here: the document keeps its schemas as Payara made them
        }
        return recordsOf(resources);
    }

    static Map<String, Class<?>> recordsOf(Collection<Class<?>> resources) {
        Map<String, Class<?>> records = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (isBody(parameter)) {
                        collect(parameter.getParameterizedType(), records);
                    }
                }
            }
        }
        return records;
    }

    /** Sets the constraints of each record on the component schema of its simple name. */
    static void apply(Map<String, Schema> schemas, Map<String, Class<?>> records) {
        records.forEach((name, type) -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Schema property = schema.getProperties().get(component.getName());
                    if (property != null) {
                        apply(schema, component.getName(), property, annotationsOf(type, component));
                    }
                }
            }
        });
    }

    private static void apply(Schema owner, String name, Schema property, Annotation[] annotations) {
        // beside a $ref, OpenAPI 3.0 ignores every other keyword: only "required" applies
        boolean reference = property.getRef() != null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof NotNull || annotation instanceof NotBlank || annotation instanceof NotEmpty) {
                if (owner.getRequired() == null || !owner.getRequired().contains(name)) {
                    owner.addRequired(name);
                }
            }
            if (reference) {
                continue;
            }
            boolean array = property.getType() == Schema.SchemaType.ARRAY;
            if (annotation instanceof NotBlank) {
                property.setMinLength(Math.max(1, orZero(property.getMinLength())));
                property.setPattern("\\S");
            } else if (annotation instanceof NotEmpty) {
                if (array) {
                    property.setMinItems(Math.max(1, orZero(property.getMinItems())));
                } else {
                    property.setMinLength(Math.max(1, orZero(property.getMinLength())));
                }
            } else if (annotation instanceof Size size) {
                Integer max = size.max() < Integer.MAX_VALUE ? Integer.valueOf(size.max()) : null;
                if (array) {
                    property.setMinItems(positive(Math.max(size.min(), orZero(property.getMinItems()))));
                    property.setMaxItems(max);
                } else {
                    property.setMinLength(positive(Math.max(size.min(), orZero(property.getMinLength()))));
                    property.setMaxLength(max);
                }
            } else if (annotation instanceof Min min) {
                property.setMinimum(BigDecimal.valueOf(min.value()));
            } else if (annotation instanceof Max max) {
                property.setMaximum(BigDecimal.valueOf(max.value()));
            } else if (annotation instanceof DecimalMin min) {
                property.setMinimum(new BigDecimal(min.value()));
                property.setExclusiveMinimum(min.inclusive() ? null : Boolean.TRUE);
            } else if (annotation instanceof DecimalMax max) {
                property.setMaximum(new BigDecimal(max.value()));
                property.setExclusiveMaximum(max.inclusive() ? null : Boolean.TRUE);
            } else if (annotation instanceof Positive) {
                property.setMinimum(BigDecimal.ZERO);
                property.setExclusiveMinimum(Boolean.TRUE);
            } else if (annotation instanceof PositiveOrZero) {
                property.setMinimum(BigDecimal.ZERO);
            } else if (annotation instanceof Pattern pattern) {
                property.setPattern(pattern.regexp());
            }
        }
    }

    private static Annotation[] annotationsOf(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).getAnnotations();
        } catch (NoSuchFieldException e) {
            return component.getAccessor().getAnnotations();
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** A lower bound of 0 says nothing: left out. */
    private static Integer positive(int value) {
        return value > 0 ? value : null;
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String type = annotation.annotationType().getName();
            if (type.startsWith("jakarta.ws.rs.")) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Type type, Map<String, Class<?>> records) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, records);
            }
        } else if (type instanceof Class<?> plain && plain.isRecord() && !records.containsKey(plain.getSimpleName())) {
            records.put(plain.getSimpleName(), plain);
            for (RecordComponent component : plain.getRecordComponents()) {
                collect(component.getGenericType(), records);
            }
        }
    }
}
