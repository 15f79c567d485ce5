/** A hand-written stand-in for a generated handler, shared by the local server's and the test client's tests. */
package dev.goblet.sample;
