/**
 * The writers: each turns the model into one output (a function's Lambda entry point, the SAM templates, the
 * OpenAPI document, the local server's stage environments), and {@link dev.goblet.processor.writing.GeneratedFiles}
 * writes every file they make, where {@link dev.goblet.processor.writing.OutputLayout} says.
 */
package dev.goblet.processor.writing;
