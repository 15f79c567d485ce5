/** An app with two DynamoDB tables, one with a sort key and a stream, for {@code Dynalite.createTables}'s tests. */
package dev.goblet.notes;
