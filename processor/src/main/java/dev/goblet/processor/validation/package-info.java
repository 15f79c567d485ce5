/** The rules an app's sources must follow, and the error messages that say how to fix a broken one. */
package dev.goblet.processor.validation;
