package dev.goblet.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.goblet.processor.GobletProcessor;
import javax.tools.JavaFileObject;

/** Compiles a sample with Goblet's processor and checks the one error it must give, on the line that causes it. */
public final class CompileErrors {
    private CompileErrors() {}

    /** The sample fails with exactly one error, which contains {@code message}, on the line containing {@code line}. */
    public static void assertSingleError(JavaFileObject source, String message, String line) {
        Compilation compilation = javac().withProcessors(new GobletProcessor()).compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    }
}
