/** An app whose routes run in several functions behind one API, and the tests that send requests to it. */
package dev.goblet.routing;
