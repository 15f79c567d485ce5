/** An app that answers headers in chosen spellings, built by the processor, for the local server's HTTP tests. */
package dev.goblet.local.spelling;
