package dev.goblet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.goblet.benchmarks.baseline.MailQueueStreamHandler;
import dev.goblet.benchmarks.events.MailQueueSendHandler;
import dev.goblet.benchmarks.lambda.ProxyEvents;
import dev.goblet.testing.InvocationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The SQS function's baseline is only a floor if it does the same work: on the benchmark's batches, Goblet's
 * generated entry point and the hand-written handler answer byte for byte alike, failed message included.
 */
class SameMailQueueTest {
    /** The failed messages' log lines go nowhere. */
    private static final Context CONTEXT = InvocationContext.of("same-mail-queue", "send",
            new PrintStream(OutputStream.nullOutputStream()));

    @Test
    void bothAnswerEveryBatchAlikeAndAsExpected() throws IOException {
        RequestStreamHandler goblet = new MailQueueSendHandler();
        RequestStreamHandler baseline = new MailQueueStreamHandler();
        for (String line : ProxyEvents.mailStream(8)) {
            int tab = line.indexOf('\t');
            String event = line.substring(tab + 1);
            String fromGoblet = answer(goblet, event);

            assertThat(fromGoblet).isEqualTo(line.substring(0, tab));
            assertThat(answer(baseline, event)).isEqualTo(fromGoblet);
        }
        assertThat(answer(goblet, ProxyEvents.mailBatch())).isEqualTo("{\"batchItemFailures\":[]}");
    }

    private static String answer(RequestStreamHandler handler, String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, CONTEXT);
        return out.toString(StandardCharsets.UTF_8);
    }
}
