/**
 * The processor's one model of an app, immutable, built by {@code reading} and read by every writer: an
 * {@link dev.goblet.processor.model.AppModel} holds its Lambda functions ({@link
 * dev.goblet.processor.model.FunctionModel}, one type per kind), and the API handler holds the routes. Writers never
 * look at the source elements again.
 */
package dev.goblet.processor.model;
