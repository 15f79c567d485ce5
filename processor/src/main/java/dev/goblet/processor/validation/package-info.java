/**
 * The rules an app's sources must follow. Each validator checks one kind of element (the app class, a route method,
 * its parameters, the tables) or what was read of them (routes that clash), and puts every broken rule into the
 * {@code ValidationReport} as data, on the element, annotation or annotation value to change. The texts, each with
 * its stable tag and its fix, are {@code ErrorMessages}'.
 */
package dev.goblet.processor.validation;
