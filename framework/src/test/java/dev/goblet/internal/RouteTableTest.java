package dev.goblet.internal;

import dev.goblet.HttpMethod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.BadRequestError;
import dev.goblet.MethodNotAllowedError;
import dev.goblet.NotFoundError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static RouteSpec get(int id, String template) {
        return route(id, "GET", template);
    }

    private static RouteSpec route(int id, String method, String template) {
        return RouteSpec.of(id, template, HttpMethod.valueOf(method));
    }

    private static final RouteTable USERS = RouteTable.of(
            get(0, "/users/{username}"),
            get(1, "/users/me"),
            get(2, "/users"),
            route(3, "POST", "/users"),
            route(4, "DELETE", "/users/{username}"),
            get(5, "/users/{username}/friends"),
            get(6, "/users/me/settings"));

    @Test
    void literalBeatsVariableWhateverTheOrderOfDeclaration() {
        RouteMatch match = USERS.match("GET", "/users/me");

        assertThat(match.route().id()).isEqualTo(1);
        assertThat(match.pathParameters()).isEmpty();
    }

    @Test
    void variableTakesAnyOtherSegment() {
        RouteMatch match = USERS.match("GET", "/users/jdoe");

        assertThat(match.route().id()).isZero();
        assertThat(match.pathParameters()).containsExactly(Map.entry("username", "jdoe"));
    }

    @Test
    void backtracksFromLiteralToVariableWhenTheLiteralBranchDeadEnds() {
        RouteMatch match = USERS.match("GET", "/users/me/friends");

        assertThat(match.route().id()).isEqualTo(5);
        assertThat(match.pathParameters()).containsExactly(Map.entry("username", "me"));
    }

    @Test
    void backtracksFromVariableToGreedy() {
        RouteTable table = RouteTable.of(get(0, "/a/{x}/c"), get(1, "/a/{rest+}"));

        assertThat(table.match("GET", "/a/b/c").route().id()).isZero();
        RouteMatch match = table.match("GET", "/a/b/d");
        assertThat(match.route().id()).isEqualTo(1);
        assertThat(match.pathParameters()).containsExactly(Map.entry("rest", "b/d"));
    }

    @Test
    void variableBeatsGreedyForOneSegment() {
        RouteTable table = RouteTable.of(get(0, "/files/{proxy+}"), get(1, "/files/{name}"));

        RouteMatch match = table.match("GET", "/files/readme.txt");

        assertThat(match.route().id()).isEqualTo(1);
        assertThat(match.pathParameters()).containsExactly(Map.entry("name", "readme.txt"));
    }

    @Test
    void greedyTakesOneOrMoreSegmentsJoinedBySlash() {
        RouteTable table = RouteTable.of(get(0, "/files/{proxy+}"));

        assertThat(table.match("GET", "/files/a").pathParameters()).containsEntry("proxy", "a");
        assertThat(table.match("GET", "/files/a/b/c.txt").pathParameters()).containsEntry("proxy", "a/b/c.txt");
        assertThatThrownBy(() -> table.match("GET", "/files")).isInstanceOf(NotFoundError.class);
        assertThatThrownBy(() -> table.match("GET", "/files/")).isInstanceOf(NotFoundError.class);
    }

    @Test
    void greedyAtTheRootTakesWholePath() {
        RouteTable table = RouteTable.of(get(0, "/"), get(1, "/{proxy+}"), get(2, "/health"));

        assertThat(table.match("GET", "/").route().id()).isZero();
        assertThat(table.match("GET", "/health").route().id()).isEqualTo(2);
        assertThat(table.match("GET", "/health/deep").pathParameters()).containsEntry("proxy", "health/deep");
    }

    @Test
    void greedyDecodesEachSegmentButKeepsTheSlashesBetween() {
        RouteTable table = RouteTable.of(get(0, "/files/{path+}"));

        assertThat(table.match("GET", "/files/my%20docs/a%2Fb.txt").pathParameters())
                .containsEntry("path", "my docs/a/b.txt");
    }

    @Test
    void variablesAndLiteralsMixInOneTemplate() {
        RouteTable table = RouteTable.of(get(0, "/orgs/{org}/repos/{repo}/issues/{number}"));

        assertThat(table.match("GET", "/orgs/goblet/repos/runtime/issues/42").pathParameters())
                .containsOnly(Map.entry("org", "goblet"), Map.entry("repo", "runtime"), Map.entry("number", "42"));
    }

    @Test
    void sameNodeBindsEachRouteByItsOwnVariableNames() {
        RouteTable table = RouteTable.of(get(0, "/items/{id}"), route(1, "PUT", "/items/{itemId}"));

        assertThat(table.match("GET", "/items/7").pathParameters()).containsExactly(Map.entry("id", "7"));
        assertThat(table.match("PUT", "/items/7").pathParameters()).containsExactly(Map.entry("itemId", "7"));
    }

    @Test
    void singleTrailingSlashIsIgnored() {
        assertThat(USERS.match("GET", "/users/").route().id()).isEqualTo(2);
        assertThat(USERS.match("GET", "/users/jdoe/").pathParameters()).containsEntry("username", "jdoe");
    }

    @Test
    void emptySegmentsDoNotMatchVariables() {
        assertThatThrownBy(() -> USERS.match("GET", "/users//")).isInstanceOf(NotFoundError.class);
        assertThatThrownBy(() -> USERS.match("GET", "/users//friends")).isInstanceOf(NotFoundError.class);
        assertThatThrownBy(() -> USERS.match("GET", "/users/jdoe//")).isInstanceOf(NotFoundError.class);
    }

    @Test
    void emptySegmentDoesNotStartAGreedyMatch() {
        RouteTable table = RouteTable.of(get(0, "/files/{proxy+}"));

        assertThatThrownBy(() -> table.match("GET", "/files//a")).isInstanceOf(NotFoundError.class);
    }

    @Test
    void variablesArePercentDecoded() {
        assertThat(USERS.match("GET", "/users/john%20doe").pathParameters()).containsEntry("username", "john doe");
        assertThat(USERS.match("GET", "/users/j%C3%BCrgen").pathParameters()).containsEntry("username", "jürgen");
    }

    @Test
    void plusInAPathStaysAPlus() {
        assertThat(USERS.match("GET", "/users/a+b").pathParameters()).containsEntry("username", "a+b");
    }

    @Test
    void encodedSlashDoesNotSplitASegment() {
        RouteMatch match = USERS.match("GET", "/users/a%2Fb");

        assertThat(match.route().id()).isZero();
        assertThat(match.pathParameters()).containsEntry("username", "a/b");
    }

    @Test
    void encodedSlashCannotReachADeeperRoute() {
        assertThat(USERS.match("GET", "/users/me%2Fsettings").route().id()).isZero();
    }

    @Test
    void literalsCompareDecoded() {
        assertThat(USERS.match("GET", "/users/m%65").route().id()).isEqualTo(1);
    }

    @Test
    void malformedPercentEncodingIsABadRequest() {
        assertThatThrownBy(() -> USERS.match("GET", "/users/%zz"))
                .isInstanceOf(BadRequestError.class)
                .hasMessageContaining("%zz");
        assertThatThrownBy(() -> USERS.match("GET", "/users/abc%2")).isInstanceOf(BadRequestError.class);
        assertThatThrownBy(() -> USERS.match("GET", "/users/abc%")).isInstanceOf(BadRequestError.class);
    }

    @Test
    void unknownPathIsNotFound() {
        assertThatThrownBy(() -> USERS.match("GET", "/groups"))
                .isInstanceOf(NotFoundError.class)
                .hasMessageContaining("/groups");
        assertThatThrownBy(() -> USERS.match("GET", "/users/jdoe/enemies")).isInstanceOf(NotFoundError.class);
    }

    @Test
    void knownPathWithAnotherMethodIsNotAllowedAndListsTheMethods() {
        assertThatThrownBy(() -> USERS.match("PATCH", "/users"))
                .isInstanceOfSatisfying(MethodNotAllowedError.class, e -> {
                    assertThat(e.status()).isEqualTo(405);
                    assertThat(e.allowed()).containsExactly("GET", "POST");
                    assertThat(e.getMessage()).contains("PATCH", "/users");
                });
    }

    @Test
    void notAllowedListsTheMethodsOfTheVariableRoute() {
        assertThatThrownBy(() -> USERS.match("PUT", "/users/jdoe"))
                .isInstanceOfSatisfying(MethodNotAllowedError.class,
                        e -> assertThat(e.allowed()).containsExactly("GET", "DELETE"));
    }

    /** Pins the documented rule; an HTTP API would route DELETE /users/me to DELETE /users/{username} instead. */
    @Test
    void mostSpecificPathAloneDecidesTheMethodAsTheClassDocumentsIt() {
        assertThatThrownBy(() -> USERS.match("DELETE", "/users/me"))
                .isInstanceOfSatisfying(MethodNotAllowedError.class,
                        e -> assertThat(e.allowed()).containsExactly("GET"));
    }

    @Test
    void prefixOfARouteIsNotARoute() {
        RouteTable table = RouteTable.of(get(0, "/a/b/c"));

        assertThatThrownBy(() -> table.match("GET", "/a/b")).isInstanceOf(NotFoundError.class);
        assertThatThrownBy(() -> table.match("GET", "/")).isInstanceOf(NotFoundError.class);
    }

    @Test
    void rootPathMatchesTheRootRoute() {
        RouteTable table = RouteTable.of(get(0, "/"), get(1, "/users"));

        assertThat(table.match("GET", "/").route().id()).isZero();
        assertThat(table.match("GET", "/").pathParameters()).isEmpty();
        assertThat(table.match("GET", "").route().id()).isZero();
        assertThatThrownBy(() -> table.match("POST", "/")).isInstanceOf(MethodNotAllowedError.class);
    }

    @Test
    void rootPathWithoutARootRouteIsNotFound() {
        assertThatThrownBy(() -> USERS.match("GET", "/")).isInstanceOf(NotFoundError.class);
    }

    @Test
    void duplicateMethodAndTemplateIsRejected() {
        assertThatThrownBy(() -> RouteTable.of(get(0, "/users/{id}"), get(1, "/users/{id}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GET /users/{id}");
    }

    @Test
    void templatesDifferingOnlyInVariableNamesAreDuplicates() {
        assertThatThrownBy(() -> RouteTable.of(get(0, "/users/{id}"), get(1, "/users/{name}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameTemplateWithDifferentMethodsIsAllowed() {
        RouteTable table = RouteTable.of(get(0, "/users/{id}"), route(1, "DELETE", "/users/{id}"));

        assertThat(table.match("DELETE", "/users/1").route().id()).isEqualTo(1);
        assertThat(table.routes()).extracting(RouteSpec::id).containsExactly(0, 1);
    }

    @Test
    void boundPathParametersAreReadOnly() {
        Map<String, String> parameters = USERS.match("GET", "/users/jdoe").pathParameters();

        assertThatThrownBy(() -> parameters.put("username", "root")).isInstanceOf(UnsupportedOperationException.class);
    }
}
