/**
 * Reading an app's source elements into the model. {@code AppReader} reads an app, {@code RouteReader} its routes,
 * {@code ParameterReader} their parameters, {@code TypeShapeReader} and {@code PropertyReader} the shapes of the
 * types they use, {@code JavadocReader} their documentation. Each element is handed to its validator before (or, for
 * parameters, just after) it is read, and nothing broken becomes part of a model.
 */
package dev.goblet.processor.reading;
