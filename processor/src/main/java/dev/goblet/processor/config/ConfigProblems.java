package dev.goblet.processor.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The errors and warnings found in one config file, each message once: a setting shared by several functions is
 * resolved once per function, and its problem is still one problem.
 */
final class ConfigProblems {
    private final String fileName;
    private final Set<String> errors = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    ConfigProblems(String fileName) {
        this.fileName = fileName;
    }

    /** The file as messages name it. */
    String fileName() {
        return fileName;
    }

    void error(String message) {
        errors.add(message);
    }

    void warning(String message) {
        warnings.add(message);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
