package dev.goblet;

import java.util.List;

/**
 * A form body's text fields and file parts by name, each in the order sent: what {@link Request#form()} reads, for
 * middleware and routes that read the form themselves rather than through {@code @Form} parameters.
 */
public interface FormData {
    /** The first value of a text field, or null. */
    String field(String name);

    /** Every value of a text field; empty when absent. */
    List<String> fields(String name);

    /** The first file of a field, or null. */
    FilePart file(String name);

    /** Every file of a field; empty when absent. */
    List<FilePart> files(String name);
}
