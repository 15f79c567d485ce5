package dev.goblet.internal;

import dev.goblet.BadRequestError;
import dev.goblet.FilePart;
import dev.goblet.FormData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A form body as {@link FormReader} read it: text fields and file parts by name, each in the order sent. */
public final class FormFields implements FormData {
    static final FormFields EMPTY = new FormFields();

    private final Map<String, List<String>> fields = new HashMap<>();
    private final Map<String, List<FilePart>> files = new HashMap<>();

    void addField(String name, String value) {
        fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }

    void addFile(FilePart file) {
        files.computeIfAbsent(file.name(), key -> new ArrayList<>()).add(file);
    }

    /** The first value of a text field, or null. */
    @Override
    public String field(String name) {
        List<String> values = fields.get(name);
        return values == null ? null : values.get(0);
    }

    /** Every value of a text field; empty when absent. */
    @Override
    public List<String> fields(String name) {
        return List.copyOf(fields.getOrDefault(name, List.of()));
    }

    /** The first file of a field, or null. */
    @Override
    public FilePart file(String name) {
        List<FilePart> values = files.get(name);
        return values == null ? null : values.get(0);
    }

    /** The first file of a field; a 400 naming it when there is none. */
    public FilePart requiredFile(String name) {
        FilePart file = file(name);
        if (file == null) {
            throw new BadRequestError("Missing required file '" + name + "'");
        }
        return file;
    }

    /** Every file of a field; empty when absent. */
    @Override
    public List<FilePart> files(String name) {
        return List.copyOf(files.getOrDefault(name, List.of()));
    }
}
