package dev.goblet.processor.reading;

import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the exceptions a route's body can throw, beyond its {@code throws} clause: Goblet's errors are unchecked, so
 * a method that throws {@code BadRequestError} need not declare it, and a client generated from the document would
 * not know that answer; nor would it know the answer of an exception handler for an unchecked exception the body
 * throws. The body is read with javac's trees: every {@code new} of an error, every
 * method called that returns one (a factory such as {@code notFound(name)}), and, a few calls deep, the bodies of
 * the methods it calls that are compiled in the same build (a {@code checkUsername(name)} of the app's own).
 *
 * <p>Creating an error is taken as answering with it: a route rarely makes one for another purpose, and a status
 * declared in excess costs a client less than one missing. Methods from jars have no body to read, nor have any
 * where the compiler is not javac; there, only the {@code throws} clause counts.
 */
final class ThrownErrors {
    /** How many calls deep bodies are read: enough for a route's checks and their helpers, bounded for big apps. */
    private static final int DEPTH = 4;

    private final Trees trees;
    private final Types types;
    private final Elements elements;
    private final TypeMirror throwable;
    /** Paths of methods, from a walk of each class once: {@code Trees.getPath} searches the whole file each time. */
    private final Function<Element, TreePath> paths;
    private final Map<ExecutableElement, Reading> read = new HashMap<>();

    /** Whether each top-level class holds a record with a canonical constructor of its own, once per class. */
    private final Map<Element, Boolean> writtenCanonical = new HashMap<>();

    private ThrownErrors(Trees trees, Types types, Elements elements, TypeMirror throwable,
            Function<Element, TreePath> paths) {
        this.trees = trees;
        this.types = types;
        this.elements = elements;
        this.throwable = throwable;
        this.paths = paths;
    }

    static ThrownErrors of(ProcessingEnvironment environment, Function<Element, TreePath> paths) {
        Trees trees;
        try {
            trees = Trees.instance(environment);
        } catch (IllegalArgumentException notJavac) {
            trees = null;
        }
        TypeElement throwable = environment.getElementUtils().getTypeElement(Throwable.class.getCanonicalName());
        return new ThrownErrors(trees, environment.getTypeUtils(), environment.getElementUtils(), throwable.asType(),
                paths);
    }

    /** The exception classes the method's body creates, in the order it reads them; empty without javac's trees. */
    List<TypeElement> of(ExecutableElement method) {
        return List.copyOf(errors(method, DEPTH));
    }

    /** What a body was found to create, reading calls {@code depth} deep. */
    private record Reading(int depth, Set<TypeElement> errors) {}

    private Set<TypeElement> errors(ExecutableElement method, int depth) {
        Reading known = read.get(method);
        if (known != null && known.depth() >= depth) {
            return known.errors();
        }
        Set<TypeElement> found = new LinkedHashSet<>();
        // Entered before the body is read, so that a recursive call ends at what is known so far.
        read.put(method, new Reading(depth, found));
        TreePath path = trees == null || holdsWrittenCanonicalConstructor(method) ? null
                : paths.apply(method);
        if (path != null) {
            new BodyScanner(depth).scan(path, found);
        }
        return found;
    }

    /**
     * Whether the method's top-level class holds a record with a canonical constructor of its own. Asking javac for
     * the element of a call attributes the class around it ahead of time; javac then meets a compact constructor's
     * implicit {@code super()} a second time and rejects valid code ("canonical constructor must not contain
     * explicit constructor invocation"). Such a class's bodies are not read: its routes document the errors they
     * declare.
     */
    private boolean holdsWrittenCanonicalConstructor(ExecutableElement method) {
        Element top = method;
        while (top.getEnclosingElement() != null && top.getEnclosingElement().getKind() != ElementKind.PACKAGE
                && top.getEnclosingElement().getKind() != ElementKind.MODULE) {
            top = top.getEnclosingElement();
        }
        return writtenCanonical.computeIfAbsent(top, this::hasCanonicalConstructor);
    }

    private boolean hasCanonicalConstructor(Element type) {
        for (Element member : type.getEnclosedElements()) {
            boolean nestedType = member.getKind().isClass() || member.getKind().isInterface();
            if (nestedType ? hasCanonicalConstructor(member) : member.getKind() == ElementKind.CONSTRUCTOR
                    && isWrittenCanonical((ExecutableElement) member)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A canonical constructor the user wrote, compact or not: javac (17) gives a compact one's parameters the
     * origin of written ones, so both count; the implicit canonical constructor is mandated.
     */
    private boolean isWrittenCanonical(ExecutableElement constructor) {
        Element record = constructor.getEnclosingElement();
        if (record.getKind() != ElementKind.RECORD || elements.getOrigin(constructor) != Elements.Origin.EXPLICIT) {
            return false;
        }
        List<? extends RecordComponentElement> components = ((TypeElement) record).getRecordComponents();
        List<? extends VariableElement> parameters = constructor.getParameters();
        if (components.size() != parameters.size()) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (!types.isSameType(types.erasure(components.get(i).asType()),
                    types.erasure(parameters.get(i).asType()))) {
                return false;
            }
        }
        return true;
    }

    private boolean isThrowable(TypeMirror type) {
        return type != null && type.getKind() == TypeKind.DECLARED && types.isSubtype(type, throwable);
    }

    private void addCreated(Element element, Set<TypeElement> found, int depth) {
        if (!(element instanceof ExecutableElement executable)) {
            return;
        }
        if (executable.getKind() == ElementKind.CONSTRUCTOR) {
            TypeElement type = (TypeElement) executable.getEnclosingElement();
            if (isThrowable(type.asType())) {
                found.add(type);
            }
        } else if (isThrowable(executable.getReturnType())) {
            found.add((TypeElement) types.asElement(executable.getReturnType()));
        } else if (depth > 0) {
            found.addAll(errors(executable, depth - 1));
        }
    }

    /** Reads one body; lambdas and anonymous classes in it are read as part of it. */
    private final class BodyScanner extends TreePathScanner<Void, Set<TypeElement>> {
        private final int depth;

        BodyScanner(int depth) {
            this.depth = depth;
        }

        @Override
        public Void visitNewClass(NewClassTree tree, Set<TypeElement> found) {
            addCreated(trees.getElement(getCurrentPath()), found, depth);
            return super.visitNewClass(tree, found);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Set<TypeElement> found) {
            addCreated(trees.getElement(getCurrentPath()), found, depth);
            return super.visitMethodInvocation(tree, found);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree tree, Set<TypeElement> found) {
            addCreated(trees.getElement(getCurrentPath()), found, depth);
            return super.visitMemberReference(tree, found);
        }
    }
}
