/** The OpenAPI 3 document of an app, built from the model with swagger-core's model classes. */
package dev.goblet.processor.writing.openapi;
