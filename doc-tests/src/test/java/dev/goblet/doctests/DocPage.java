package dev.goblet.doctests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * A page of {@code docs/} and the files it tells the reader to save: a fenced code block whose preceding line of
 * text ends with {@code `path`:} (as in "save this as `pom.xml`:") is the content of that file.
 */
final class DocPage {
    private static final Pattern FILE_LINE = Pattern.compile("`([^`\\s<][^`\\s]*)`:\\s*$");
    /** "Add it to `pom.xml`, inside `<dependencies>`:": the block goes before that element's first end tag. */
    private static final Pattern INSERT_LINE = Pattern.compile("`([^`\\s]+)`, inside `<([A-Za-z]+)>`:\\s*$");

    private final String name;
    private final Map<String, String> files;
    private final List<Insertion> insertions;

    /** A snippet the page tells the reader to put inside an element of a file it already has. */
    private record Insertion(String file, String element, String text) {}

    private DocPage(String name, Map<String, String> files, List<Insertion> insertions) {
        this.name = name;
        this.files = files;
        this.insertions = insertions;
    }

    /** The page {@code docs/<name>} of this repository. */
    static DocPage read(String name) throws IOException {
        Path page = Paths.get("..", "docs", name);
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        return new DocPage(name, blocks(lines, FILE_LINE), insertions(lines));
    }

    /** The files the page names, by path, in the order it gives them. */
    Map<String, String> files() {
        return files;
    }

    /**
     * Writes every file the page names under {@code folder}, then puts each snippet it gives for a file already
     * there (such as a dependency for the pom) inside the outermost such element, one step deeper than its end tag.
     */
    void writeTo(Path folder) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        for (Insertion insertion : insertions) {
            Path target = folder.resolve(insertion.file());
            String text = Files.readString(target, StandardCharsets.UTF_8);
            // The outermost such element: a pom's own <dependencies>, not the one in <dependencyManagement>.
            Matcher end = Pattern.compile("(?m)^([ \\t]*)</" + insertion.element() + ">").matcher(text);
            int at = -1;
            String outer = null;
            while (end.find()) {
                if (outer == null || end.group(1).length() < outer.length()) {
                    at = end.start();
                    outer = end.group(1);
                }
            }
            if (outer == null) {
                throw new IllegalStateException(this + " puts a block inside <" + insertion.element() + "> of "
                        + insertion.file() + ", which has none");
            }
            String indent = outer + "    ";
            String block = insertion.text().lines().map(line -> line.isEmpty() ? line : indent + line)
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(target, text.substring(0, at) + block + text.substring(at), StandardCharsets.UTF_8);
        }
    }

    @Override
    public String toString() {
        return "docs/" + name;
    }

    private static List<Insertion> insertions(List<String> lines) {
        Map<String, String> blocks = blocks(lines, INSERT_LINE);
        List<Insertion> insertions = new ArrayList<>();
        blocks.forEach((key, text) -> {
            int at = key.indexOf('<');
            insertions.add(new Insertion(key.substring(0, at), key.substring(at + 1), text));
        });
        return insertions;
    }

    /** The fenced blocks each after a line {@code pattern} finds, by its groups (joined by '<' when two). */
    private static Map<String, String> blocks(List<String> lines, Pattern pattern) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher named = pattern.matcher(lines.get(i));
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
                String key = named.groupCount() == 1 ? named.group(1) : named.group(1) + "<" + named.group(2);
                files.put(key, content.toString());
                i = line;
            }
        }
        return files;
    }
}
