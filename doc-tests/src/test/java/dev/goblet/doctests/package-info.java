/**
 * Tests that follow the docs word for word: each takes a page's files from its snippets, writes them to a fresh
 * folder, and builds the project with Maven as a new user would.
 */
package dev.goblet.doctests;
