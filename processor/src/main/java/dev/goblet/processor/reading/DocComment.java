package dev.goblet.processor.reading;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Javadoc comment split into what the OpenAPI document shows: the summary (first sentence), the rest of the main
 * description, and the {@code @param}, {@code @return} and {@code @throws} texts. Inline tags become their plain
 * text ({@code {@code x}} reads {@code x}) and HTML paragraph tags become blank lines.
 */
record DocComment(Optional<String> summary, Optional<String> body, Map<String, String> params,
        Optional<String> returns, Map<String, String> throwsBySimpleName) {
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(code|literal|link|linkplain|value)\\s+([^}]*)}");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.*?[.!?])(?:\\s|$)", Pattern.DOTALL);

    static final DocComment EMPTY = new DocComment(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
            Map.of());

    static DocComment parse(Optional<String> text) {
        return text.map(DocComment::parse).orElse(EMPTY);
    }

    static DocComment parse(String text) {
        Matcher tag = BLOCK_TAG.matcher(text);
        int tagsStart = tag.find() ? tag.start() : text.length();
        String main = plain(text.substring(0, tagsStart));
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> thrown = new LinkedHashMap<>();
        Optional<String> returns = Optional.empty();
        for (String block : text.substring(tagsStart).split("(?m)^\\s*(?=@\\w)")) {
            String[] words = block.strip().split("\\s+", 3);
            if (words.length < 2) {
                continue;
            }
            switch (words[0]) {
                case "@param" -> putNamed(params, words);
                case "@throws", "@exception" -> putNamed(thrown, simpleName(words));
                case "@return" -> returns = nonBlank(plain(block.strip().substring("@return".length())));
                default -> { }
            }
        }
        Matcher sentence = FIRST_SENTENCE.matcher(main);
        String summary = sentence.find() ? sentence.group(1) : main;
        String rest = main.substring(Math.min(main.length(), summary.length())).strip();
        return new DocComment(nonBlank(summary), nonBlank(rest), Map.copyOf(params), returns, Map.copyOf(thrown));
    }

    private static void putNamed(Map<String, String> into, String[] words) {
        if (words.length == 3) {
            into.put(words[1], plain(words[2]));
        }
    }

    private static String[] simpleName(String[] words) {
        String name = words[1].substring(words[1].lastIndexOf('.') + 1);
        return words.length == 3 ? new String[] {words[0], name, words[2]} : new String[] {words[0], name};
    }

    /** Plain text: inline tags unwrapped, paragraphs as blank lines, other whitespace single. */
    static String plain(String text) {
        String unwrapped = INLINE_TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).startsWith("link") ? label(m.group(2)) : m.group(2).strip()));
        String[] paragraphs = unwrapped.split("(?i)\\s*<p>\\s*|\\n\\s*\\n");
        StringBuilder plain = new StringBuilder();
        for (String paragraph : paragraphs) {
            String line = paragraph.replaceAll("(?i)</p>", "").strip().replaceAll("\\s+", " ");
            if (!line.isEmpty()) {
                plain.append(plain.length() == 0 ? "" : "\n\n").append(line);
            }
        }
        return plain.toString();
    }

    /** {@code {@link Foo#bar label}} reads "label"; without a label, "Foo.bar". */
    private static String label(String reference) {
        String trimmed = reference.strip();
        int space = trimmed.indexOf(' ');
        if (space > 0) {
            return trimmed.substring(space + 1).strip();
        }
        return trimmed.replace('#', '.').replaceAll("^\\.", "");
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
