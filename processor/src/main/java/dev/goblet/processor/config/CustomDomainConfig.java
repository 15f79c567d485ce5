package dev.goblet.processor.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API's own domain name, from Chalice's {@code api_gateway_custom_domain} (top level or stage).
 *
 * @param domainName {@code domain_name}, such as {@code api.example.com}
 * @param certificateArn {@code certificate_arn}: the ACM certificate for that name (in us-east-1 for an EDGE API)
 * @param urlPrefix {@code url_prefix}: the base path the API answers under on that domain; empty for the root
 * @param tlsVersion {@code tls_version}: {@code TLS_1_0} or {@code TLS_1_2}
 * @param tags {@code tags} of the domain name
 */
public record CustomDomainConfig(ConfigValue domainName, ConfigValue certificateArn, Optional<String> urlPrefix,
        Optional<String> tlsVersion, Map<String, String> tags) {
    public CustomDomainConfig {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
