/** The sample app of the test kit's and the local server's tests, built by Goblet's processor as a user's is. */
package dev.goblet.sample;
