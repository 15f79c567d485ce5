package dev.goblet.processor.reading;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The doc comments of source elements. {@link Elements#getDocComment} looks for the element's declaration in its
 * whole source file on every call, which makes reading an app of a thousand routes quadratic; here a class's tree
 * is walked once and the comments of all its members are kept. Where the compiler offers no trees (not javac),
 * it asks {@code Elements} for each.
 */
final class DocComments {
    private final Elements elements;
    private final Trees trees;
    private final Map<Element, String> comments = new HashMap<>();
    private final Set<Element> indexed = new HashSet<>();

    private DocComments(Elements elements, Trees trees) {
        this.elements = elements;
        this.trees = trees;
    }

    static DocComments of(ProcessingEnvironment environment) {
        Trees trees;
        try {
            trees = Trees.instance(environment);
        } catch (IllegalArgumentException notJavac) {
            trees = null;
        }
        return new DocComments(environment.getElementUtils(), trees);
    }

    /** The element's doc comment, stripped; empty when it has none or is not in source. */
    Optional<String> of(Element element) {
        String doc = element == null ? null : lookUp(element);
        return doc == null || doc.isBlank() ? Optional.empty() : Optional.of(doc.strip());
    }

    private String lookUp(Element element) {
        if (trees == null) {
            return elements.getDocComment(element);
        }
        Element owner = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (!(owner instanceof TypeElement)) {
            return elements.getDocComment(element);
        }
        if (indexed.add(owner)) {
            index((TypeElement) owner);
        }
        return comments.get(element);
    }

    /** Keeps the comments of a class and of its members, from one walk of its tree. */
    private void index(TypeElement type) {
        TreePath path = trees.getPath(type);
        if (path == null || !(path.getLeaf() instanceof ClassTree)) {
            return;
        }
        keep(type, trees.getDocComment(path));
        for (Tree member : ((ClassTree) path.getLeaf()).getMembers()) {
            TreePath memberPath = new TreePath(path, member);
            Element element = trees.getElement(memberPath);
            if (element != null) {
                keep(element, trees.getDocComment(memberPath));
            }
        }
    }

    private void keep(Element element, String comment) {
        if (comment != null) {
            comments.put(element, comment);
        }
    }
}
