/** The writers: each turns the model into one output (the Lambda entry point, the SAM template, the OpenAPI). */
package dev.goblet.processor.writing;
