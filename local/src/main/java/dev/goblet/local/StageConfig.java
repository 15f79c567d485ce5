package dev.goblet.local;

import dev.goblet.testing.BinaryMediaTypes;
import java.util.List;
import java.util.Map;

/**
 * What a stage's configuration gives the local server: the environment variables its functions see. The seam
 * where the app's {@code .chalice/config.json} plugs in; until then, {@link #NONE} gives nothing and the command
 * line and the environment say it all.
 */
@FunctionalInterface
public interface StageConfig {
    /** No configured stages. */
    StageConfig NONE = stage -> Map.of();

    /** The environment variables of {@code stage}'s functions; empty when the stage sets none. */
    Map<String, String> environment(String stage);

    /** What the stage deploys the routes as, its {@code api_type}: a REST API unless the config says otherwise. */
    default ApiKind api(String stage) {
        return ApiKind.REST;
    }

    /** The REST API's binary media types; Chalice's list unless the app's build says otherwise. */
    default BinaryMediaTypes binaryMediaTypes() {
        return BinaryMediaTypes.CHALICE;
    }

    /** The DynamoDB tables the app declares with {@code @DynamoDbTable}; none by default. */
    default List<LocalTables.Table> tables() {
        return List.of();
    }
}
