/** An app that writes to its log from a route, a middleware and an event function, for the AppLog tests. */
package dev.goblet.logging;
