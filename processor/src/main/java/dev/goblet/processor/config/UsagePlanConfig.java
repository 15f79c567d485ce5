package dev.goblet.processor.config;

import java.util.Optional;

/**
 * The usage plan of the API's key, from the stage config's {@code usage_plan} (top level or stage): how many calls
 * a key may make per second and at once, and in a day, week or month. Goblet's key; Chalice has none.
 *
 * @param keyName {@code key_name}: the API key's name; by default the stack's name and {@code -api-key}
 * @param rateLimit {@code rate_limit}: steady calls per second
 * @param burstLimit {@code burst_limit}: calls at once
 * @param quotaLimit {@code quota_limit}: calls per {@code quotaPeriod}
 * @param quotaPeriod {@code quota_period}: {@code DAY}, {@code WEEK} or {@code MONTH}
 */
public record UsagePlanConfig(Optional<String> keyName, Optional<Double> rateLimit, Optional<Integer> burstLimit,
        Optional<Integer> quotaLimit, Optional<String> quotaPeriod) {
    /** No throttle, no quota: the key is only checked. */
    public static final UsagePlanConfig NONE = new UsagePlanConfig(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
}
