package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;

/** A type described once and referred to by name: a record, a bean or an enum. */
public sealed interface NamedSchema {
    String name();

    Optional<String> description();

    /** The Java type it describes; empty in models made without one. */
    Optional<TypeRef> javaType();

    /** How its JSON is read and written at run time. */
    JsonBinding binding();

    /**
     * A record or a bean with its JSON properties, in declaration order.
     *
     * @param name the schema's name, unique in the app
     * @param description from {@code @Schema} or the type's Javadoc
     * @param properties the properties as Jackson reads and writes them
     * @param javaType the Java type it describes, for generated code that reads its properties; empty in models
     *     made without one
     * @param binding how its JSON is read and written at run time
     */
    record ObjectSchema(String name, Optional<String> description, List<PropertyModel> properties,
            Optional<TypeRef> javaType, JsonBinding binding) implements NamedSchema {
        public ObjectSchema {
            properties = List.copyOf(properties);
        }

        public ObjectSchema(String name, Optional<String> description, List<PropertyModel> properties,
                Optional<TypeRef> javaType) {
            this(name, description, properties, javaType, JsonBinding.DATABIND);
        }

        public ObjectSchema(String name, Optional<String> description, List<PropertyModel> properties) {
            this(name, description, properties, Optional.empty());
        }
    }

    /**
     * An enum and its constants' names, as Jackson writes them.
     *
     * @param values the names on the wire, one per constant
     * @param constants the Java constants, in the order of {@code values}
     * @param javaType the enum's type; empty in models made without one
     * @param binding how its JSON is read and written at run time
     */
    record EnumSchema(String name, Optional<String> description, List<String> values, List<String> constants,
            Optional<TypeRef> javaType, JsonBinding binding) implements NamedSchema {
        public EnumSchema {
            values = List.copyOf(values);
            constants = List.copyOf(constants);
        }

        public EnumSchema(String name, Optional<String> description, List<String> values) {
            this(name, description, values, values, Optional.empty(), JsonBinding.DATABIND);
        }
    }
}
