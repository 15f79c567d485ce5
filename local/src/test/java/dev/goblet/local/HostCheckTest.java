package dev.goblet.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Host and Origin rules on their own, for the forms a browser or a tool may send. */
class HostCheckTest {
    private final HostCheck loopback = new HostCheck("127.0.0.1", 8000);

    @Test
    void allowsTheServersOwnNamesOnItsPortOnly() {
        assertThat(loopback.allowsHost("127.0.0.1:8000")).isTrue();
        assertThat(loopback.allowsHost("LocalHost:8000")).isTrue();
        assertThat(loopback.allowsHost("[::1]:8000")).isTrue();
        assertThat(loopback.allowsHost("localhost:8001")).isFalse();
        assertThat(loopback.allowsHost("localhost")).isFalse();
        assertThat(loopback.allowsHost("rebound.example:8000")).isFalse();
        assertThat(loopback.allowsHost("127.0.0.2:8000")).isFalse();
        assertThat(loopback.allowsHost(null)).isFalse();
    }

    @Test
    void readsAHostWithoutPortAsPort80() {
        HostCheck onPort80 = new HostCheck("127.0.0.1", 80);

        assertThat(onPort80.allowsHost("localhost")).isTrue();
        assertThat(onPort80.allowsHost("[::1]")).isTrue();
        assertThat(onPort80.allowsOrigin("POST", "http://localhost", "localhost:80")).isTrue();
    }

    @Test
    void allowsTheConfiguredHostAndOnAWildcardBindAnyAddressLiteral() {
        HostCheck named = new HostCheck("dev.internal", 8000);
        HostCheck everywhere = new HostCheck("0.0.0.0", 8000);

        assertThat(named.allowsHost("dev.internal:8000")).isTrue();
        assertThat(named.allowsHost("192.0.2.7:8000")).isFalse();
        assertThat(everywhere.allowsHost("192.0.2.7:8000")).isTrue();
        assertThat(everywhere.allowsHost("[2001:db8::7]:8000")).isTrue();
        assertThat(everywhere.allowsHost("192.0.2.7:9000")).isFalse();
        assertThat(everywhere.allowsHost("rebound.example:8000")).isFalse();
    }

    @Test
    void refusesForeignOriginsOnStateChangingMethodsOnly() {
        assertThat(loopback.allowsOrigin("POST", "http://127.0.0.1:8000", "127.0.0.1:8000")).isTrue();
        assertThat(loopback.allowsOrigin("DELETE", null, "127.0.0.1:8000")).isTrue();
        assertThat(loopback.allowsOrigin("GET", "http://attacker.example", "127.0.0.1:8000")).isTrue();
        assertThat(loopback.allowsOrigin("OPTIONS", "http://attacker.example", "127.0.0.1:8000")).isTrue();
        assertThat(loopback.allowsOrigin("POST", "http://attacker.example", "127.0.0.1:8000")).isFalse();
        assertThat(loopback.allowsOrigin("PUT", "http://localhost:8000", "127.0.0.1:8000")).isFalse();
        assertThat(loopback.allowsOrigin("PATCH", "null", "127.0.0.1:8000")).isFalse();
        assertThat(loopback.allowsOrigin("POST", "https://127.0.0.1:8000", "127.0.0.1:8000")).isFalse();
    }
}
