/**
 * What a Goblet user writes against: {@link dev.goblet.App}, {@link dev.goblet.Route} and the parameter
 * annotations, the {@link dev.goblet.Request} and {@link dev.goblet.Response} types, and the
 * {@link dev.goblet.HttpError} family that answers with Chalice's error body.
 */
package dev.goblet;
