package dev.goblet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.testing.Goldens;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated Lambda entry point, pinned as a golden file: a change to it is a change users will see. */
class HandlerWriterTest {

    @Test
    void writesPetsHandler() throws IOException {
        JavaFileObject source = JavaFileObjects.forResource("good/test/PetsApi.java");
        Compilation compilation = javac().withProcessors(new GobletProcessor()).compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        String generated = compilation.generatedSourceFile("test.PetStoreHandler")
                .orElseThrow().getCharContent(false).toString();
        Goldens.assertMatches(HandlerWriterTest.class, "writesPetsHandler", "PetStoreHandler.java", generated);
        String codecs = compilation.generatedSourceFile("test.PetStoreJson")
                .orElseThrow().getCharContent(false).toString();
        Goldens.assertMatches(HandlerWriterTest.class, "writesPetsHandler", "PetStoreJson.java", codecs);
    }
}
