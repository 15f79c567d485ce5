package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.sample.SampleAppHandler;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** A short round of {@link KeepAliveLoad}: keep-alive requests must not wait on Nagle and delayed ACKs. */
class KeepAliveLoadTest {
    @Test
    void answersKeepAliveRequestsWithoutTheDelayedAckWait() throws Exception {
        try (LocalServer server = LocalServer.start(new SampleAppHandler(), ServerOptions.defaults().withPort(0)
                .withLog(new PrintStream(OutputStream.nullOutputStream())))) {
            KeepAliveLoad.run(server.port(), 2, 50);

            KeepAliveLoad.Result result = KeepAliveLoad.run(server.port(), 2, 200);

            assertThat(result.requests()).isEqualTo(400);
            // With Nagle on, each answer waits about 40 ms for the client's delayed ACK; without it, well under 1 ms.
            assertThat(result.p50Millis()).as(result.toString()).isLessThan(20);
        }
    }
}
