package dev.goblet.doctests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of {@code docs/} and the files it tells the reader to save: a fenced code block whose preceding line of
 * text ends with {@code `path`:} (as in "save this as `pom.xml`:") is the content of that file.
 */
final class DocPage {
    private static final Pattern FILE_LINE = Pattern.compile("`([^`\\s]+)`:\\s*$");

    private final String name;
    private final Map<String, String> files;

    private DocPage(String name, Map<String, String> files) {
        this.name = name;
        this.files = files;
    }

    /** The page {@code docs/<name>} of this repository. */
    static DocPage read(String name) throws IOException {
        Path page = Paths.get("..", "docs", name);
        return new DocPage(name, files(Files.readAllLines(page, StandardCharsets.UTF_8)));
    }

    /** The files the page names, by path, in the order it gives them. */
    Map<String, String> files() {
        return files;
    }

    /** Writes every file the page names under {@code folder}. */
    void writeTo(Path folder) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public String toString() {
        return "docs/" + name;
    }

    private static Map<String, String> files(List<String> lines) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher named = FILE_LINE.matcher(lines.get(i));
            int fence = i + 1;
            while (fence < lines.size() && lines.get(fence).isBlank()) {
                fence++;
            }
            if (named.find() && fence < lines.size() && lines.get(fence).startsWith("```")) {
                StringBuilder content = new StringBuilder();
                int line = fence + 1;
                for (; line < lines.size() && !lines.get(line).startsWith("```"); line++) {
                    content.append(lines.get(line)).append('\n');
                }
                files.put(named.group(1), content.toString());
                i = line;
            }
        }
        return files;
    }
}
