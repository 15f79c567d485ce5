package dev.goblet.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON written into a string on the runtime factory's recycled buffers, as databind's {@code writeValueAsString}
 * does: a fresh recycler would allocate its buffers anew for every answer.
 */
final class JsonText {
    /** What is written: one JSON value. */
    interface Writing {
        void write(JsonGenerator out) throws IOException;
    }

    private JsonText() {}

    static String write(Writing writing) {
        BufferRecycler buffers = ProxyEventReader.FACTORY._getBufferRecycler();
        try (SegmentedStringWriter text = new SegmentedStringWriter(buffers)) {
            try (JsonGenerator out = ProxyEventReader.FACTORY.createGenerator(text)) {
                writing.write(out);
            }
            return text.getAndClear();
        } catch (IOException e) {
            // Writing to memory fails only when a type's own accessor does: a bug.
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }
}
