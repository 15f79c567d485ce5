package dev.goblet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The shared moto answers the AWS APIs on loopback: a queue made with SQS's query API is listed back, a topic made
 * with SNS's is too, and the variables point each SDK at it.
 */
@ExtendWith(MotoExtension.class)
class MotoServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void answersSqsAndSnsOnLoopback(MotoServer moto) throws Exception {
        String queue = "welcome-mails-" + UUID.randomUUID();
        assertThat(call(moto, "sqs", "Action=CreateQueue&QueueName=" + queue)).contains("<QueueUrl>").contains(queue);
        assertThat(call(moto, "sqs", "Action=ListQueues")).contains(queue);
        String topic = "user-events-" + UUID.randomUUID();
        assertThat(call(moto, "sns", "Action=CreateTopic&Name=" + topic + "&Version=2010-03-31")).contains(":" + topic);

        assertThat(moto.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(moto.environment()).containsEntry("AWS_ENDPOINT_URL_SQS", moto.endpoint().toString())
                .containsEntry("AWS_ENDPOINT_URL_SNS", moto.endpoint().toString())
                .containsEntry("AWS_ENDPOINT_URL_S3", moto.endpoint().toString())
                .containsKeys("AWS_ENDPOINT_URL_EVENTBRIDGE", "AWS_ENDPOINT_URL_KINESIS", "AWS_REGION",
                        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
        assertThat(moto.isRunning()).isTrue();
    }

    @Test
    void aServerOfItsOwnStopsWithItsChildren() throws Exception {
        MotoServer moto = MotoServer.start();
        assertThat(call(moto, "sqs", "Action=ListQueues")).contains("ListQueuesResponse");
        moto.close();
        assertThat(moto.isRunning()).isFalse();
    }

    @Test
    void isFoundOnThePathOrWhereThePropertySays(@TempDir Path folder) throws Exception {
        Path command = Files.createFile(folder.resolve("moto_server"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(MotoServer.find("/nowhere" + File.pathSeparator + folder, null)).contains(command);
        assertThat(MotoServer.find("/nowhere", null)).isEmpty();
        assertThat(MotoServer.find(null, command.toString())).contains(command);
        assertThatThrownBy(() -> MotoServer.find(null, folder.resolve("nope").toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dgoblet.moto=" + folder.resolve("nope") + " names no executable file");
    }

    @Test
    void aMissingMotoSkipsSayingHowToInstallItAndFailsOnCi() {
        assertThatThrownBy(() -> MotoExtension.requireInstalled(Optional.empty(), null))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("pip install 'moto[server]'");
        assertThatThrownBy(() -> MotoExtension.requireInstalled(Optional.empty(), "true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pip install 'moto[server]'")
                .hasMessageContaining("CI=true");
        MotoExtension.requireInstalled(Optional.of(Path.of("moto_server")), "true");
    }

    /**
     * One call of an AWS query API (SQS's, SNS's): moto checks no signature, but tells the service from the
     * credential scope of the Authorization header, as the SDK writes it.
     */
    private static String call(MotoServer moto, String service, String form) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(moto.endpoint() + "/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20261204/us-east-1/" + service
                                + "/aws4_request, SignedHeaders=host, Signature=0")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
