package dev.goblet.processor.reading;

import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.ErroneousTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ValueTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders Javadoc trees as the plain text an OpenAPI description holds: inline tags become their text
 * ({@code {@code x}} reads {@code x}, a link its label or its reference), {@code <p>} and blank lines separate
 * paragraphs, entities are decoded, and other HTML is kept as written (OpenAPI descriptions may hold it).
 * {@code {@inheritDoc}} becomes the text given for it: what the overridden method says in the same place.
 */
final class DocText {
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");
    private static final String PARAGRAPH = "\n\n";

    private DocText() {}

    /** The trees as plain text, {@code {@inheritDoc}} replaced by {@code inherited}; empty when blank. */
    static Optional<String> render(List<? extends DocTree> trees, Optional<String> inherited) {
        StringBuilder text = new StringBuilder();
        for (DocTree tree : trees) {
            text.append(inline(tree, inherited));
        }
        return plain(text.toString());
    }

    private static String inline(DocTree tree, Optional<String> inherited) {
        switch (tree.getKind()) {
            case TEXT:
                return ((TextTree) tree).getBody();
            case CODE:
            case LITERAL:
                return ((LiteralTree) tree).getBody().getBody();
            case LINK:
            case LINK_PLAIN:
                LinkTree link = (LinkTree) tree;
                return render(link.getLabel(), inherited)
                        .orElseGet(() -> reference(link.getReference().getSignature()));
            case VALUE:
                ValueTree value = (ValueTree) tree;
                return value.getReference() == null ? "" : reference(value.getReference().getSignature());
            case SUMMARY:
                return render(((SummaryTree) tree).getSummary(), inherited).orElse("");
            case INDEX:
                return render(List.of(((IndexTree) tree).getSearchTerm()), inherited).orElse("");
            case RETURN:
                // The inline {@return ...} reads as javadoc renders it: "Returns ...".
                return render(((ReturnTree) tree).getDescription(), inherited).map(d -> "Returns " + d).orElse("");
            case INHERIT_DOC:
                return inherited.orElse("");
            case ENTITY:
                return entity(((EntityTree) tree).getName().toString());
            case START_ELEMENT:
                return isParagraph(((StartElementTree) tree).getName()) ? PARAGRAPH : tree.toString();
            case END_ELEMENT:
                return isParagraph(((EndElementTree) tree).getName()) ? PARAGRAPH : tree.toString();
            case ERRONEOUS:
                return ((ErroneousTree) tree).getBody();
            default:
                return tree.toString();
        }
    }

    /** {@code Foo#bar(int)} reads {@code Foo.bar(int)}, {@code #bar} reads {@code bar}. */
    private static String reference(String signature) {
        String text = signature.strip().replace('#', '.');
        return text.startsWith(".") ? text.substring(1) : text;
    }

    private static boolean isParagraph(CharSequence element) {
        return element.toString().equalsIgnoreCase("p");
    }

    /** {@code &amp;} reads {@code &}; an entity Goblet does not know is kept as written. */
    private static String entity(String name) {
        String written = "&" + name + ";";
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException notACodePoint) {
            return written;
        }
        return ENTITIES.getOrDefault(name, written);
    }

    /** Paragraphs separated by one blank line, the whitespace inside each collapsed to single spaces. */
    static Optional<String> plain(String text) {
        StringBuilder plain = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String line = paragraph.strip().replaceAll("\\s+", " ");
            if (!line.isEmpty()) {
                plain.append(plain.length() == 0 ? "" : PARAGRAPH).append(line);
            }
        }
        return plain.length() == 0 ? Optional.empty() : Optional.of(plain.toString());
    }
}
