package dev.goblet.processor.model;

import java.util.List;

/**
 * One statement of a function's policy: these actions, allowed on one resource the app declares and on nothing
 * else. The template writer turns the resource into its ARN, which may depend on the stage (a table made elsewhere).
 *
 * @param sid the statement's id in the policy
 * @param actions the allowed actions
 * @param table the table the actions apply to, and its indexes
 */
public record PolicyStatement(String sid, List<String> actions, TableModel table) {
    /** The DynamoDB actions a function needs to read and write items of a table, and nothing more. */
    public static final List<String> TABLE_ITEM_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:Scan",
            "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem",
            "dynamodb:DescribeTable");

    public PolicyStatement {
        actions = List.copyOf(actions);
    }

    /** Reading and writing the items of {@code table}. */
    public static PolicyStatement tableItems(TableModel table) {
        return new PolicyStatement(table.resource() + "Items", TABLE_ITEM_ACTIONS, table);
    }
}
