package dev.goblet.processor.validation;

import dev.goblet.DynamoDbTable;
import dev.goblet.processor.model.PolicyStatement;
import dev.goblet.processor.model.TableModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The rules of the tables an app declares with {@code @DynamoDbTable}: each becomes a template resource and an
 * environment variable of the function, so their names must be valid there and unique.
 */
public final class TableValidator {
    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** The logical ids of the resources Goblet itself writes into a template: no table or function may take one. */
    public static final Set<String> TEMPLATE_IDS = Set.of("RestAPI", "APIHandler", "APIHandlerRole",
            "APIHandlerInvokePermission", "RestAPIDeployment", "RestAPIStage");
    private static final Set<String> KEY_TYPES = Set.of("S", "N", "B");
    private static final Set<String> STREAM_VIEWS = Set.of("", "NEW_AND_OLD_IMAGES", "NEW_IMAGE", "OLD_IMAGE",
            "KEYS_ONLY");
    /** Item actions beyond the default set that an app may still name. */
    private static final Set<String> EXTRA_ACTIONS = Set.of("dynamodb:TransactGetItems", "dynamodb:TransactWriteItems",
            "dynamodb:PartiQLSelect", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete");
    private static final Set<String> DELETION_POLICIES = Set.of("Retain", "Snapshot", "Delete");

    private final ValidationReport report;

    public TableValidator(ValidationReport report) {
        this.report = report;
    }

    /** Whether the tables read from {@code type}, in declared order, are valid; each bad one is reported. */
    public boolean validate(TypeElement type, List<TableModel> tables) {
        List<AnnotationMirror> mirrors = AnnotationMirrors.repeated(type, DynamoDbTable.class,
                DynamoDbTable.List.class);
        // javac wraps repeated annotations in a container it makes up, and cannot place an error on what is in
        // one: the error would have no line at all. The class's line is the nearest it can show.
        boolean repeated = tables.size() > 1;
        Set<String> resources = new LinkedHashSet<>();
        Set<String> variables = new LinkedHashSet<>();
        boolean clean = true;
        for (int i = 0; i < tables.size(); i++) {
            String problem = problem(tables.get(i), resources, variables);
            if (problem != null) {
                report.error(problem, type, repeated || i >= mirrors.size() ? null : mirrors.get(i));
                clean = false;
            }
        }
        return clean;
    }

    /** The first rule the table breaks, or null; the names it takes are added to those taken. */
    private static String problem(TableModel table, Set<String> resources, Set<String> variables) {
        if (!LOGICAL_ID.matcher(table.resource()).matches() || TEMPLATE_IDS.contains(table.resource())) {
            return ErrorMessages.badTableResource(table.resource(), TEMPLATE_IDS);
        }
        if (!resources.add(table.resource())) {
            return ErrorMessages.duplicateTable("resource", table.resource());
        }
        if (table.partitionKey().isBlank()) {
            return ErrorMessages.badTableKey(table.resource());
        }
        if (!KEY_TYPES.contains(table.partitionKeyType())) {
            return ErrorMessages.badTableKeyType(table.resource(), table.partitionKeyType());
        }
        if (!KEY_TYPES.contains(table.sortKeyType()) || table.sortKey().equals(table.partitionKey())) {
            return ErrorMessages.badTableSortKey(table.resource(), table.sortKey(), table.sortKeyType());
        }
        if (!STREAM_VIEWS.contains(table.stream())) {
            return ErrorMessages.badTableStream(table.resource(), table.stream());
        }
        if (!DELETION_POLICIES.contains(table.deletionPolicy())) {
            return ErrorMessages.badTableDeletionPolicy(table.resource(), table.deletionPolicy());
        }
        for (String action : table.actions()) {
            if (!PolicyStatement.TABLE_ITEM_ACTIONS.contains(action) && !EXTRA_ACTIONS.contains(action)) {
                return ErrorMessages.badTableAction(table.resource(), action.substring("dynamodb:".length()));
            }
        }
        if (!VARIABLE.matcher(table.environmentVariable()).matches()) {
            return ErrorMessages.badTableVariable(table.resource(), table.environmentVariable());
        }
        if (!variables.add(table.environmentVariable())) {
            return ErrorMessages.duplicateTable("environmentVariable", table.environmentVariable());
        }
        return null;
    }
}
