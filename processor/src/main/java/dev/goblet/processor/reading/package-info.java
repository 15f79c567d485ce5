/** Reading an app's source elements into the model, reporting each rule a source breaks on its element. */
package dev.goblet.processor.reading;
