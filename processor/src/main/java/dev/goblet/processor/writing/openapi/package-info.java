/**
 * The OpenAPI 3.0 document of an app, built from the model with swagger-core's model classes and written as
 * {@code openapi.yaml} and {@code openapi.json}. The SAM template embeds the same document as its API's definition.
 */
package dev.goblet.processor.writing.openapi;
