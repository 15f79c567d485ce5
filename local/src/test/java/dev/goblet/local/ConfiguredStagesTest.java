package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

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
}
