package dev.goblet.processor.reading;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads doc comments through javac's {@link DocTrees}, so that Javadoc is understood as javadoc understands it:
 * the first sentence as javadoc finds it, inline tags, block tags, and {@code {@inheritDoc}} together with the
 * parts a method inherits from the method it overrides when it leaves them out.
 *
 * <p>Finding an element's tree searches its whole source file; a class's tree is walked once instead and the paths
 * of all its members kept, so that reading an app of a thousand routes is not quadratic. Where the compiler is not
 * javac there are no doc trees, and elements read as undocumented.
 */
final class JavadocReader {
    private final Elements elements;
    private final Types types;
    private final DocTrees trees;
    private final Map<Element, TreePath> paths = new HashMap<>();
    private final Set<Element> indexed = new HashSet<>();
    private final Map<Element, DocComment> read = new HashMap<>();

    private JavadocReader(Elements elements, Types types, DocTrees trees) {
        this.elements = elements;
        this.types = types;
        this.trees = trees;
    }

    static JavadocReader of(ProcessingEnvironment environment) {
        DocTrees trees;
        try {
            trees = DocTrees.instance(environment);
        } catch (IllegalArgumentException notJavac) {
            trees = null;
        }
        return new JavadocReader(environment.getElementUtils(), environment.getTypeUtils(), trees);
    }

    /** The element's comment as written, without its comment markers; empty when it has none. */
    Optional<String> text(Element element) {
        TreePath path = path(element);
        String text = path == null ? elements.getDocComment(element) : trees.getDocComment(path);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** The element's Javadoc; {@link DocComment#EMPTY} when it has none and inherits none. */
    DocComment read(Element element) {
        if (element == null) {
            return DocComment.EMPTY;
        }
        DocComment known = read.get(element);
        if (known == null) {
            known = parse(element);
            read.put(element, known);
        }
        return known;
    }

    private DocComment parse(Element element) {
        TreePath path = path(element);
        DocCommentTree tree = path == null ? null : trees.getDocCommentTree(path);
        DocComment inherited = element.getKind() == ElementKind.METHOD
                ? inherited((ExecutableElement) element) : DocComment.EMPTY;
        return tree == null ? inherited : parse(tree, inherited);
    }

    private static DocComment parse(DocCommentTree tree, DocComment inherited) {
        Optional<String> description = DocText.render(tree.getFullBody(), inherited.description());
        Optional<String> summary;
        Optional<String> body;
        List<? extends DocTree> first = tree.getFirstSentence();
        if (!first.isEmpty() && first.get(0).getKind() == DocTree.Kind.INHERIT_DOC) {
            // "{@inheritDoc} More." takes the inherited summary and adds to its body.
            summary = inherited.summary();
            List<DocTree> rest = new ArrayList<>(first.subList(1, first.size()));
            rest.addAll(tree.getBody());
            body = joined(inherited.body(), DocText.render(rest, inherited.description()));
        } else {
            summary = DocText.render(first, inherited.description());
            body = DocText.render(tree.getBody(), inherited.description());
        }
        if (tree.getFullBody().isEmpty()) {
            summary = inherited.summary();
            body = inherited.body();
            description = inherited.description();
        }
        return new DocComment(summary, body, description, params(tree, inherited),
                returns(tree, inherited), thrown(tree, inherited));
    }

    /** The {@code @param} texts; a parameter the comment leaves out keeps the overridden method's text. */
    private static Map<String, String> params(DocCommentTree tree, DocComment inherited) {
        Map<String, String> params = new LinkedHashMap<>(inherited.params());
        for (DocTree tag : tree.getBlockTags()) {
            if (tag instanceof ParamTree param && !param.isTypeParameter()) {
                String name = param.getName().getName().toString();
                DocText.render(param.getDescription(), Optional.ofNullable(inherited.params().get(name)))
                        .ifPresent(text -> params.put(name, text));
            }
        }
        return params;
    }

    /** The {@code @return} text, else an inline {@code {@return ...}}'s, else the overridden method's. */
    private static Optional<String> returns(DocCommentTree tree, DocComment inherited) {
        List<DocTree> tags = new ArrayList<>(tree.getBlockTags());
        tags.addAll(tree.getFirstSentence());
        for (DocTree tag : tags) {
            if (tag instanceof ReturnTree returns) {
                return DocText.render(returns.getDescription(), inherited.returns()).or(inherited::returns);
            }
        }
        return inherited.returns();
    }

    /** The {@code @throws} and {@code @exception} texts by the exception's simple name. */
    private static Map<String, String> thrown(DocCommentTree tree, DocComment inherited) {
        Map<String, String> thrown = new LinkedHashMap<>(inherited.throwsBySimpleName());
        for (DocTree tag : tree.getBlockTags()) {
            if (tag instanceof ThrowsTree throwsTag) {
                String signature = throwsTag.getExceptionName().getSignature();
                String name = signature.substring(signature.lastIndexOf('.') + 1);
                DocText.render(throwsTag.getDescription(), Optional.ofNullable(inherited.throwsBySimpleName()
                        .get(name))).ifPresent(text -> thrown.put(name, text));
            }
        }
        return thrown;
    }

    private static Optional<String> joined(Optional<String> first, Optional<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first.or(() -> second);
        }
        return Optional.of(first.get() + "\n\n" + second.get());
    }

    /**
     * What the method inherits: the comment of the first method it overrides that has one, searching as javadoc
     * does (the interfaces a class implements, in order, then its superclass, each up its own hierarchy). The
     * overridden method's {@code @param} texts are renamed to this method's names, parameter by parameter.
     */
    private DocComment inherited(ExecutableElement method) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        for (TypeElement supertype : supertypes(owner)) {
            for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
                if (elements.overrides(method, candidate, owner)) {
                    DocComment doc = read(candidate);
                    if (!doc.isEmpty()) {
                        return renamedParams(doc, candidate, method);
                    }
                }
            }
        }
        return DocComment.EMPTY;
    }

    /** Every supertype of {@code type}, breadth first: its interfaces in declared order, then its superclass. */
    private List<TypeElement> supertypes(TypeElement type) {
        List<TypeElement> found = new ArrayList<>();
        List<TypeMirror> next = new ArrayList<>(type.getInterfaces());
        next.add(type.getSuperclass());
        for (int i = 0; i < next.size(); i++) {
            TypeMirror supertype = next.get(i);
            if (supertype.getKind() != TypeKind.DECLARED) {
                continue;
            }
            TypeElement element = (TypeElement) ((DeclaredType) supertype).asElement();
            if (!found.contains(element)) {
                found.add(element);
                next.addAll(element.getInterfaces());
                next.add(element.getSuperclass());
            }
        }
        return found;
    }

    private static DocComment renamedParams(DocComment doc, ExecutableElement from, ExecutableElement to) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < from.getParameters().size() && i < to.getParameters().size(); i++) {
            String text = doc.params().get(from.getParameters().get(i).getSimpleName().toString());
            if (text != null) {
                params.put(to.getParameters().get(i).getSimpleName().toString(), text);
            }
        }
        return new DocComment(doc.summary(), doc.body(), doc.description(), params, doc.returns(),
                doc.throwsBySimpleName());
    }

    /**
     * Whether the class was compiled from source in this build; true too where javac's trees are not at hand, as
     * nothing then says otherwise.
     */
    boolean hasSource(TypeElement type) {
        return trees == null || path(type) != null;
    }

    /** The element's path in its source, found from one walk of its class; null where it has no source. */
    TreePath path(Element element) {
        if (trees == null) {
            return null;
        }
        Element owner = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (owner instanceof TypeElement && indexed.add(owner)) {
            index((TypeElement) owner);
        }
        return paths.get(element);
    }

    /** Keeps the paths of a class and of its members, from one walk of its tree; none for a class not in source. */
    private void index(TypeElement type) {
        TreePath path = trees.getPath(type);
        if (path == null || !(path.getLeaf() instanceof ClassTree)) {
            return;
        }
        paths.put(type, path);
        for (Tree member : ((ClassTree) path.getLeaf()).getMembers()) {
            TreePath memberPath = new TreePath(path, member);
            Element element = trees.getElement(memberPath);
            if (element != null) {
                paths.put(element, memberPath);
            }
        }
    }
}
