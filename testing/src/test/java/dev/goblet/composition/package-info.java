/** Apps that compose routes with exception handlers, built by Goblet's processor for the test kit's tests. */
package dev.goblet.composition;
