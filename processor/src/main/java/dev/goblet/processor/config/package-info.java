/**
 * The stage config: Chalice's {@code .chalice/config.json}, read with its keys unchanged and resolved per stage and
 * per function with Chalice's precedence, so that a Chalice user brings their file as it is. {@link
 * dev.goblet.processor.config.StageConfigReader} reads a file in three steps: {@code ConfigKeys} checks every key
 * (with {@code ConfigValueChecks} for each value), then {@code Precedence} resolves the clean file. The writers
 * read only the resolved {@link dev.goblet.processor.config.StageConfig}.
 */
package dev.goblet.processor.config;
