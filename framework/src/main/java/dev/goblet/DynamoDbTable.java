package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a DynamoDB table the app needs, so that {@code sam deploy} of the generated template alone gives a
 * working service. Put it on the {@code @App} class:
 *
 * <pre>{@code
 * @App(name = "web-api")
 * @DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "DYNAMODB_TABLE_NAME")
 * public final class UsersApi { ... }
 * }</pre>
 *
 * <p>The template then holds an {@code AWS::DynamoDB::Table} named {@code resource} (on-demand billing, a string
 * partition key), its name reaches the code in {@code environmentVariable}, and the role Goblet generates may use
 * only this table ({@link #functions} narrows it to some of the app's functions). A stage whose config sets {@code environmentVariable} itself (for instance to
 * {@code "${param:UsersTableName}"}) uses a table made elsewhere instead, as in a CDK stack: the template then
 * creates no table. Nothing of this annotation is read at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DynamoDbTable.List.class)
public @interface DynamoDbTable {
    /** The table's logical id in the template, letters and digits, as in {@code UsersTable}. */
    String resource();

    /** The partition key attribute, as in {@code username}. */
    String partitionKey();

    /** The partition key's DynamoDB type: {@code S} (string), {@code N} (number) or {@code B} (binary). */
    String partitionKeyType() default "S";

    /** The environment variable that holds the table's name at run time. */
    String environmentVariable();

    /** The sort key attribute, for a table with a composite key; empty for a partition key alone. */
    String sortKey() default "";

    /** The sort key's DynamoDB type: {@code S}, {@code N} or {@code B}. */
    String sortKeyType() default "S";

    /**
     * The table's stream, which {@code @OnDynamoDbRecord(table = ...)} reads: {@code NEW_AND_OLD_IMAGES},
     * {@code NEW_IMAGE}, {@code OLD_IMAGE} or {@code KEYS_ONLY}; empty for none.
     */
    String stream() default "";

    /**
     * The item actions the app's functions may take on the table, as DynamoDB names them ({@code GetItem},
     * {@code PutItem}, {@code Query}...); by default every item action. Name only those the code calls.
     */
    String[] actions() default {};

    /**
     * The functions that may use the table, by their names under {@code lambda_functions} ({@code api_handler} for
     * the routes, an event function's name, as in {@code on_user_change}); by default every function of the app.
     * Only the permission narrows: every function still finds the table's name in {@link #environmentVariable}.
     */
    String[] functions() default {};

    /** What deleting the stack does to the table: {@code Retain} (keep its items), {@code Snapshot} or {@code Delete}. */
    String deletionPolicy() default "Retain";

    /** Holds several {@code @DynamoDbTable} on one app. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        DynamoDbTable[] value();
    }
}
