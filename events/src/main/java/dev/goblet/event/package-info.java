/**
 * The events an app's event functions receive, as small immutable views of what AWS sends: an SQS message, an SNS
 * message, a scheduled event. Declare a parameter of one of these types on an {@code @OnSqsMessage},
 * {@code @OnSnsMessage} or {@code @Schedule} method to receive the whole event; declare a record or a
 * {@code String} to receive only its body.
 */
package dev.goblet.event;
