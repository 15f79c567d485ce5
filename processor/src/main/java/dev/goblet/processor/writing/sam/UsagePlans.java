package dev.goblet.processor.writing.sam;

import dev.goblet.processor.config.ProjectConfig;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.config.UsagePlanConfig;
import dev.goblet.processor.model.AppModel;
import java.util.stream.Stream;

/** Whether a stage config's {@code usage_plan} is for nothing: no route of the app requires an API key. */
public final class UsagePlans {
    private UsagePlans() {}

    public static boolean unused(AppModel app, ProjectConfig config) {
        boolean planned = Stream.concat(Stream.of(config.base()), config.stages().values().stream())
                .map(StageConfig::api).anyMatch(api -> !api.usagePlan().equals(UsagePlanConfig.NONE));
        return app.api().isPresent() && planned
                && app.routes().stream().noneMatch(route -> route.security().apiKeyRequired());
    }
}
