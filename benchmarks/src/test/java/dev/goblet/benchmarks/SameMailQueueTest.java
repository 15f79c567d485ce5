package dev.goblet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.goblet.benchmarks.baseline.MailQueueStreamHandler;
import dev.goblet.benchmarks.events.MailQueueSendHandler;
import dev.goblet.benchmarks.lambda.ProxyEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The SQS function's baseline is only a floor if it does the same work: on the benchmark's batches, Goblet's
 * generated entry point and the hand-written handler answer byte for byte alike, failed message included.
 */
class SameMailQueueTest {
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
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, quietContext());
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A context whose logger drops the failed messages' lines. */
    private static Context quietContext() {
        LambdaLogger logger = new LambdaLogger() {
            @Override
            public void log(String message) {}

            @Override
            public void log(byte[] message) {}
        };
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> method.getName().equals("getLogger") ? logger : null);
    }
}
