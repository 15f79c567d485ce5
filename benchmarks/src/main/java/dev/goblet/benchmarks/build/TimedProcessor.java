package dev.goblet.benchmarks.build;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Passes every call on to a processor and adds up the time spent in its {@code init} and {@code process}. */
final class TimedProcessor implements Processor {
    private final Processor delegate;
    private long nanos;

    TimedProcessor(Processor delegate) {
        this.delegate = delegate;
    }

    long nanos() {
        return nanos;
    }

    @Override
    public void init(ProcessingEnvironment env) {
        long start = System.nanoTime();
        delegate.init(env);
        nanos += System.nanoTime() - start;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        long start = System.nanoTime();
        try {
            return delegate.process(annotations, round);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    @Override
    public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
            ExecutableElement member, String userText) {
        return delegate.getCompletions(element, annotation, member, userText);
    }
}
