package dev.goblet.processor.model;

/**
 * The size limits of a route's form body, from {@code @FormLimits} on the method or its class.
 *
 * @param maxBytes the whole body's largest size, in bytes
 * @param maxPartBytes the largest size of one part or field, in bytes
 */
public record FormLimitsModel(int maxBytes, int maxPartBytes) {
    /** {@code @FormLimits}' defaults: Lambda's 6 MB payload, which no body can exceed anyway. */
    public static final FormLimitsModel DEFAULT = new FormLimitsModel(6 * 1024 * 1024, 6 * 1024 * 1024);
}
