package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.sample.SampleAppHandler;
import dev.goblet.testing.PayloadVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {
    private static final String HANDLER = SampleAppHandler.class.getName();

    @Test
    void defaultsToLoopbackPort8000StageApiAndPayload1() {
        LaunchArguments launch = LaunchArguments.parse(List.of("--handler", HANDLER), Map.of(), StageConfig.NONE);

        assertThat(launch.handlerClass()).isEqualTo(HANDLER);
        assertThat(launch.options().host()).isEqualTo("127.0.0.1");
        assertThat(launch.options().port()).isEqualTo(8000);
        assertThat(launch.options().stage()).isEqualTo("api");
        assertThat(launch.options().payload()).isEqualTo(PayloadVersion.REST_1_0);
    }

    @Test
    void commandLineWinsOverEnvironmentWhichWinsOverDefaults() {
        Map<String, String> environment = Map.of("GOBLET_HANDLER", HANDLER, "GOBLET_PORT", "9000",
                "GOBLET_STAGE", "dev", "GOBLET_PAYLOAD", "2.0");

        LaunchArguments launch = LaunchArguments.parse(List.of("--port", "0"), environment, StageConfig.NONE);

        assertThat(launch.handlerClass()).isEqualTo(HANDLER);
        assertThat(launch.options().port()).isZero();
        assertThat(launch.options().stage()).isEqualTo("dev");
        assertThat(launch.options().payload()).isEqualTo(PayloadVersion.HTTP_2_0);
    }

    @Test
    void webSocketPortIsTheNextByDefaultAndGivenByOptionOrVariable() {
        assertThat(LaunchArguments.parse(List.of("--handler", HANDLER, "--port", "9000"), Map.of(), StageConfig.NONE)
                .webSocketPort()).isEqualTo(9001);
        assertThat(LaunchArguments.parse(List.of("--handler", HANDLER, "--port", "0"), Map.of(), StageConfig.NONE)
                .webSocketPort()).as("free ports for free ports").isZero();
        assertThat(LaunchArguments.parse(List.of("--handler", HANDLER), Map.of("GOBLET_WS_PORT", "7000"),
                StageConfig.NONE).webSocketPort()).isEqualTo(7000);
        assertThat(LaunchArguments.parse(List.of("--handler", HANDLER, "--ws-port", "7100"),
                Map.of("GOBLET_WS_PORT", "7000"), StageConfig.NONE).webSocketPort()).isEqualTo(7100);
        assertThatThrownBy(() -> LaunchArguments.parse(List.of("--handler", HANDLER, "--ws-port", "70000"), Map.of(),
                StageConfig.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The ws-port is between 0 and 65534, not 70000");
    }

    @Test
    void appEnvironmentLayersStageConfigThenProcessThenCommandLine() {
        StageConfig stages = stage -> stage.equals("prod")
                ? Map.of("TABLE", "users-prod", "REGION", "eu-west-1", "DEBUG", "false") : Map.of();
        Map<String, String> process = Map.of("REGION", "us-east-1");

        LaunchArguments launch = LaunchArguments.parse(
                List.of("--handler", HANDLER, "--stage", "prod", "--env", "DEBUG=true"), process, stages);

        assertThat(launch.options().environment())
                .isEqualTo(Map.of("TABLE", "users-prod", "DEBUG", "true"));
        assertThat(launch.needsEnvironment(process)).isTrue();
        assertThat(launch.needsEnvironment(Map.of("TABLE", "users-prod", "DEBUG", "true"))).isFalse();
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> LaunchArguments.parse(List.of(), Map.of(), StageConfig.NONE))
                .hasMessageContaining("--handler");
        assertThatThrownBy(() -> LaunchArguments.parse(List.of("--handler", HANDLER, "--port", "eighty"), Map.of(),
                StageConfig.NONE)).hasMessage("The port must be a number, not 'eighty'");
        assertThatThrownBy(() -> LaunchArguments.parse(List.of("--handler", HANDLER, "--payload", "3.0"), Map.of(),
                StageConfig.NONE)).hasMessageContaining("use 1.0 or 2.0");
        assertThatThrownBy(() -> LaunchArguments.parse(List.of("--handler", HANDLER, "--env", "NOVALUE"), Map.of(),
                StageConfig.NONE)).hasMessageContaining("NAME=VALUE");
        assertThatThrownBy(() -> LaunchArguments.parse(List.of("--handler", HANDLER, "--colour", "red"), Map.of(),
                StageConfig.NONE)).hasMessage("Unknown option --colour");
    }

    @Test
    void loadsTheHandlerByNameThroughItsPublicConstructor() {
        LaunchArguments launch = LaunchArguments.parse(List.of("--handler", HANDLER), Map.of(), StageConfig.NONE);

        assertThat(launch.newHandler(getClass().getClassLoader()).appName()).isEqualTo("sample-app");
        LaunchArguments wrong = LaunchArguments.parse(List.of("--handler", "com.example.Missing"), Map.of(),
                StageConfig.NONE);
        assertThatThrownBy(() -> wrong.newHandler(getClass().getClassLoader()))
                .hasMessageContaining("No class com.example.Missing");
        LaunchArguments notHandler = LaunchArguments.parse(List.of("--handler", "java.lang.String"), Map.of(),
                StageConfig.NONE);
        assertThatThrownBy(() -> notHandler.newHandler(getClass().getClassLoader()))
                .hasMessageContaining("is not a Goblet handler");
    }
}
