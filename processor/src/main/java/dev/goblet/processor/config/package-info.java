/**
 * The stage config: Chalice's {@code .chalice/config.json}, read with its keys unchanged and resolved per stage
 * with Chalice's precedence, so that a Chalice user brings their file as it is. The SAM writer reads only the
 * resolved {@link dev.goblet.processor.config.StageConfig}.
 */
package dev.goblet.processor.config;
