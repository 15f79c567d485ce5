/** An app that reads url-encoded and multipart form bodies, built by Goblet's processor for the test kit's tests. */
package dev.goblet.forms;
