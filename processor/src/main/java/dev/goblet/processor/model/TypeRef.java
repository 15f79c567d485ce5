package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Java type as the model speaks of it: a parameter's, a return value's, a thrown exception's. Writers turn it into
 * their own types (JavaPoet's {@code TypeName}); the model holds no writer's types and no compiler's. Its
 * {@link #toString()} is the type as Java source writes it, fully qualified: {@code java.util.List<java.lang.String>}.
 */
public sealed interface TypeRef {

    /** A primitive type by its keyword: {@code int}, {@code boolean}... */
    record Primitive(String keyword) implements TypeRef {
        @Override
        public String toString() {
            return keyword;
        }
    }

    /** A class or interface, with its type arguments when it is parameterized. */
    record Declared(ClassRef type, List<TypeRef> arguments) implements TypeRef {
        public Declared {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String toString() {
            return arguments.isEmpty() ? type.canonicalName() : type.canonicalName()
                    + arguments.stream().map(TypeRef::toString).collect(Collectors.joining(", ", "<", ">"));
        }
    }

    /** An array of {@code component}s. */
    record Array(TypeRef component) implements TypeRef {
        @Override
        public String toString() {
            return component + "[]";
        }
    }

    /** A type argument {@code ?}, {@code ? extends upper} or {@code ? super lower}. */
    record Wildcard(Optional<TypeRef> upper, Optional<TypeRef> lower) implements TypeRef {
        @Override
        public String toString() {
            return upper.map(u -> "? extends " + u).or(() -> lower.map(l -> "? super " + l)).orElse("?");
        }
    }

    /** A type variable by its name, as in {@code T}. */
    record Variable(String name) implements TypeRef {
        @Override
        public String toString() {
            return name;
        }
    }
}
