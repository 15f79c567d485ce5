package dev.goblet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.notes.NotesHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The extension's shared dynalite: the app's tables made on it, one set per call, and how dynalite is found. The
 * notes table asks for a stream, which dynalite accepts and ignores (it has no streams): the table is made all the
 * same.
 */
@ExtendWith(DynaliteExtension.class)
class DynaliteTest {
    @Test
    void createsTheAppsTablesWithTheirKeysUnderNamesOfTheirOwn(Dynalite dynalite) {
        Map<String, String> first = dynalite.createTables(NotesHandler.class);
        Map<String, String> second = dynalite.createTables(NotesHandler.class);

        assertThat(first).containsEntry("DYNAMODB_ENDPOINT", dynalite.endpoint().toString())
                .containsEntry("AWS_ENDPOINT_URL_DYNAMODB", dynalite.endpoint().toString())
                .containsEntry("AWS_REGION", "us-east-1")
                .containsKeys("NOTES_TABLE", "OWNERS_TABLE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
        assertThat(first.get("NOTES_TABLE")).startsWith("NotesTable-");
        assertThat(first.get("OWNERS_TABLE")).startsWith("OwnersTable-");
        assertThat(second.get("NOTES_TABLE")).isNotEqualTo(first.get("NOTES_TABLE"));
        try (DynamoDbClient client = dynalite.client()) {
            TableDescription notes = client.describeTable(d -> d.tableName(first.get("NOTES_TABLE"))).table();
            assertThat(notes.keySchema()).extracting(key -> key.attributeName() + " " + key.keyType())
                    .containsExactly("owner " + KeyType.HASH, "id " + KeyType.RANGE);
            assertThat(notes.attributeDefinitions())
                    .extracting(attribute -> attribute.attributeName() + " " + attribute.attributeTypeAsString())
                    .containsExactlyInAnyOrder("owner S", "id N");

            // Items of one call's tables are not seen through another's.
            client.putItem(put -> put.tableName(first.get("OWNERS_TABLE"))
                    .item(Map.of("owner", AttributeValue.fromS("ana"))));
            assertThat(client.getItem(get -> get.tableName(first.get("OWNERS_TABLE"))
                    .key(Map.of("owner", AttributeValue.fromS("ana")))).item()).isNotEmpty();
            assertThat(client.getItem(get -> get.tableName(second.get("OWNERS_TABLE"))
                    .key(Map.of("owner", AttributeValue.fromS("ana")))).item()).isEmpty();
        }
    }

    @Test
    void aClassThatIsNoEntryPointIsRefusedWithWhatToGiveInstead(Dynalite dynalite) {
        assertThatThrownBy(() -> dynalite.createTables(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String is not an entry point Goblet generated")
                .hasMessageContaining("such as WebApiHandler");
    }

    @Test
    void closeStopsTheProcess() throws Exception {
        Dynalite own = Dynalite.start();
        assertThat(own.isRunning()).isTrue();
        own.close();
        assertThat(own.isRunning()).isFalse();
    }

    @Test
    void isFoundInTheNearestNodeModulesAboveTheFolder(@TempDir Path project) throws Exception {
        Path cli = project.resolve(Dynalite.CLI);
        Files.createDirectories(cli.getParent());
        Files.writeString(cli, "");
        Path module = Files.createDirectories(project.resolve("service/src"));

        assertThat(Dynalite.find(module, null)).contains(cli);
        assertThat(Dynalite.find(project.getParent(), null)).isEmpty();
    }

    @Test
    void isFoundWhereThePropertySaysAndAPropertyNamingNoFileIsAnError(@TempDir Path folder) throws Exception {
        Path cli = Files.writeString(folder.resolve("cli.js"), "");

        assertThat(Dynalite.find(Path.of("/"), cli.toString())).contains(cli);
        assertThatThrownBy(() -> Dynalite.find(Path.of("/"), folder.resolve("nope.js").toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dgoblet.dynalite=" + folder.resolve("nope.js") + " names no file");
    }

    @Test
    void aMissingDynaliteSkipsSayingHowToInstallItAndFailsOnCi() {
        assertThatThrownBy(() -> DynaliteExtension.requireInstalled(Optional.empty(), null))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("npm install --save-dev dynalite");
        assertThatThrownBy(() -> DynaliteExtension.requireInstalled(Optional.empty(), "true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("npm install --save-dev dynalite")
                .hasMessageContaining("CI=true");
        DynaliteExtension.requireInstalled(Optional.of(Path.of("cli.js")), "true");
    }
}
