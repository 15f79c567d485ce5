package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.testing.BinaryMediaTypes;
import dev.goblet.testing.PayloadVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stage config the processor leaves beside a handler gives the local server each stage's variables. */
class ConfiguredStagesTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void aConfiguredStageGetsItsVariablesAndAnyOtherStageTheTopLevelOnes() {
        StageConfig stages = ConfiguredStages.load(loader, "dev.goblet.local.StagedHandler");

        assertThat(stages.environment("dev")).isEqualTo(Map.of("LOG_LEVEL", "debug", "TABLE", "users-dev"));
        assertThat(stages.environment("api")).isEqualTo(Map.of("LOG_LEVEL", "info"));
    }

    @Test
    void anAppBuiltWithoutStageConfigHasNone() {
        assertThat(ConfiguredStages.load(loader, "dev.goblet.local.NoSuchHandler")).isSameAs(StageConfig.NONE);
    }

    @Test
    void theShellAndEnvWinOverTheStage() {
        StageConfig stages = ConfiguredStages.load(loader, "dev.goblet.local.StagedHandler");
        LaunchArguments launch = LaunchArguments.parse(
                List.of("--handler", "dev.goblet.local.StagedHandler", "--stage", "dev", "--env", "TABLE=mine"),
                Map.of("LOG_LEVEL", "trace"), stages);

        assertThat(launch.options().environment()).isEqualTo(Map.of("TABLE", "mine"));
    }

    @Test
    void eachStagePlaysTheApiItsApiTypeDeploys() {
        StageConfig stages = ConfiguredStages.load(loader, "dev.goblet.local.ApiTypedHandler");
        assertThat(stages.api("api")).isEqualTo(ApiKind.REST);
        assertThat(stages.api("prod")).isEqualTo(ApiKind.HTTP);
        assertThat(stages.api("lab")).isEqualTo(ApiKind.FUNCTION_URL);
        assertThat(ConfiguredStages.load(loader, "dev.goblet.local.StagedHandler").api("dev"))
                .as("a file from before api_type").isEqualTo(ApiKind.REST);

        LaunchArguments prod = LaunchArguments.parse(
                List.of("--handler", "dev.goblet.local.ApiTypedHandler", "--stage", "prod"), Map.of(), stages);
        assertThat(prod.options().api()).isEqualTo(ApiKind.HTTP);
        assertThat(prod.options().payload()).isEqualTo(PayloadVersion.HTTP_2_0);
        LaunchArguments asked = LaunchArguments.parse(List.of("--handler", "dev.goblet.local.ApiTypedHandler",
                "--stage", "prod", "--payload", "1.0"), Map.of(), stages);
        assertThat(asked.options().payload()).as("--payload still gives the events' shape")
                .isEqualTo(PayloadVersion.REST_1_0);
    }

    @Test
    void theAppsBinaryMediaTypesComeFromItsBuild() {
        StageConfig stages = ConfiguredStages.load(loader, "dev.goblet.local.ApiTypedHandler");
        assertThat(stages.binaryMediaTypes().types()).containsExactly("application/pdf", "image/*");
        assertThat(stages.binaryMediaTypes().isBinary("image/webp")).isTrue();
        assertThat(ConfiguredStages.load(loader, "dev.goblet.local.StagedHandler").binaryMediaTypes())
                .as("a file from before the list was kept: Chalice's").isEqualTo(BinaryMediaTypes.CHALICE);
    }
}
