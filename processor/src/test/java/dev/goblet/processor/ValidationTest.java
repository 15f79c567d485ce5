package dev.goblet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import dev.goblet.processor.testing.CompileErrors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every broken rule is one compile error, on the element that breaks it, saying how to fix it; and javac is never
 * left with a crash. Sources live in {@code src/test/resources/bad/test/}.
 */
class ValidationTest {

    @Test
    void pathWithoutLeadingSlash() {
        assertSingleError("BadPathNoSlash", "[GobletBadPath] The path 'users' is not a valid route template:"
                + " it must start with '/', as in '/users'.", "@Route(path = \"users\")");
    }

    @Test
    void pathWithUnbalancedBraces() {
        assertSingleError("BadPathUnbalanced", "the segment '{username' has unbalanced braces",
                "@Route(path = \"/users/{username\")");
    }

    @Test
    void pathWithEmptyBraces() {
        assertSingleError("BadPathEmptyBraces", "the segment '{}' has empty braces; name the variable",
                "@Route(path = \"/users/{}\")");
    }

    @Test
    void pathWithVariableTwice() {
        assertSingleError("BadPathVariableTwice", "the variable {id} appears twice; give each variable its own name",
                "@Route(path = \"/teams/{id}/members/{id}\")");
    }

    @Test
    void pathVariableWithoutParameter() {
        assertSingleError("UnboundVariable", "[GobletUnboundPathVariable] The path '/users/{username}' has the"
                + " variable {username} but getUser() has no parameter named 'username'. Add a parameter"
                + " 'String username', or remove {username} from the path.", "public String getUser()");
    }

    @Test
    void parameterThatIsNoPathVariableSuggestsTheClosest() {
        assertSingleError("UnknownParameter", "[GobletUnknownParameter] Parameter 'usrname' of getUser() is not a"
                + " variable of the path '/users/{username}'. Add {usrname} to the path, or annotate the parameter"
                + " with @Query or @Header. Did you mean {username}?", "String usrname");
    }

    @Test
    void twoRoutesOfTheSameShape() {
        assertSingleError("DuplicateRoute", "[GobletDuplicateRoute] GET /users/{id} is already handled by byName()"
                + " ('/users/{username}' has the same shape). API Gateway cannot tell the two apart: change the path"
                + " or the method of one of them.", "public String byId");
    }

    @Test
    void twoBodyParameters() {
        assertSingleError("TwoBodies", "[GobletTwoBodies] create() already binds the request body to 'user'; a route"
                + " has one body parameter.", "User other");
    }

    @Test
    void bodyOnGet() {
        assertSingleError("BodyOnGet", "[GobletBodyOnGet] Parameter 'filter' of search() would bind the body of a"
                + " GET request, which has none. Use POST, PUT or PATCH, or annotate 'filter' with @Query.",
                "Filter filter");
    }

    @Test
    void unsupportedQueryType() {
        assertSingleError("UnsupportedParameterType", "[GobletUnsupportedParameterType] Query parameter 'filter' has"
                + " type java.lang.Object, which Goblet cannot convert from text.", "@Query Object filter");
    }

    @Test
    void optionalPathVariable() {
        assertSingleError("PathVariableOptional", "[GobletUnsupportedParameterType] Path variable 'username' has type"
                + " java.util.Optional<java.lang.String>, but a path variable is always present and single",
                "Optional<String> username");
    }

    @Test
    void unsupportedReturnType() {
        assertSingleError("UnsupportedReturnType", "[GobletUnsupportedReturnType] find() returns"
                + " java.util.Optional<java.lang.String>, which a route cannot answer with: return the value itself,"
                + " and throw NotFoundError when there is none.", "public Optional<String> find");
    }

    @Test
    void returnTypeWithNothingJacksonCanWriteIsAnErrorOnTheMethod() {
        assertSingleError("ReturnTypeWithoutProperties", "[GobletUnsupportedReturnType] token() returns"
                + " test.ReturnTypeWithoutProperties.Token, which a route cannot answer with: it has no property JSON"
                + " could hold", "public Token token()");
    }

    @Test
    void urlQueryParameterWhoseConstructorThrowsACheckedExceptionIsAClearError() {
        assertSingleError("UrlQueryParameter", "[GobletUnsupportedParameterType] Query parameter 'target' has type"
                + " java.net.URL, which Goblet cannot convert from text.", "URL target");
        assertSingleError("UrlQueryParameter", "For a URL, take a java.net.URI and call toURL() on it.",
                "URL target");
    }

    @Test
    void jsonTreeBodiesAnswersAndFieldsAndUriQueryParametersCompile() {
        // JsonNode is an Iterable of JsonNode: read as an array, it recursed until the compiler overflowed its stack.
        // URI's constructor throws a checked exception: as a method reference the generated code did not compile.
        Compilation compilation = compile(JavaFileObjects.forResource("good/test/JsonTreesAndLinks.java"));

        assertThat(compilation).succeeded();
    }

    @Test
    void aTypeOnlyDatabindBindsGetsANoteOnItsDeclaration() {
        JavaFileObject source = JavaFileObjects.forResource("good/test/BeanBody.java");
        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("[GobletDatabind] JSON of test.BeanBody.Pet is read and written by"
                + " jackson-databind, not by generated code, because it is a class, not a record")
                .inFile(source).onLineContaining("public static class Pet");
    }

    @Test
    void aTypeOnlyDatabindBindsIsAnErrorWhenDatabindIsAbsent() {
        JavaFileObject source = JavaFileObjects.forResource("good/test/BeanBody.java");
        List<java.io.File> withoutDatabind = java.util.Arrays.stream(
                        System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("jackson-databind"))
                .map(java.io.File::new)
                .collect(java.util.stream.Collectors.toList());
        Compilation compilation = javac().withProcessors(new GobletProcessor()).withClasspath(withoutDatabind)
                .compile(source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[GobletDatabindMissing] JSON of test.BeanBody.Pet needs"
                + " jackson-databind, because it is a class, not a record, and jackson-databind is not on the"
                + " classpath. Add the dependency com.fasterxml.jackson.core:jackson-databind")
                .inFile(source).onLineContaining("public static class Pet");
    }

    @Test
    void aRecordFromAJarIsBoundByDatabindForJavacHidesItsNullableComponents() throws java.io.IOException {
        // The record compiled on its own, as another module's jar would hold it.
        java.nio.file.Path jar = java.nio.file.Files.createTempDirectory("goblet-model");
        JavaFileObject record = JavaFileObjects.forSourceLines("model.Note", "package model;",
                "public record Note(String text, @org.jspecify.annotations.Nullable String tag) {}");
        Compilation model = javac().compile(record);
        assertThat(model).succeeded();
        for (JavaFileObject file : model.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                java.nio.file.Path out = jar.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
                java.nio.file.Files.createDirectories(out.getParent());
                try (java.io.InputStream in = file.openInputStream()) {
                    java.nio.file.Files.copy(in, out);
                }
            }
        }
        JavaFileObject app = JavaFileObjects.forSourceLines("test.NotesApi", "package test;",
                "import dev.goblet.App;", "import dev.goblet.HttpMethod;", "import dev.goblet.Route;",
                "@App(name = \"notes\")", "public class NotesApi {",
                "    @Route(path = \"/notes\", methods = HttpMethod.POST)",
                "    public model.Note create(model.Note note) { return note; }", "}");
        List<java.io.File> classpath = new java.util.ArrayList<>(java.util.Arrays.stream(
                        System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(java.io.File::new).toList());
        classpath.add(jar.toFile());
        Compilation compilation = javac().withProcessors(new GobletProcessor()).withClasspath(classpath)
                .compile(app);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("JSON of model.Note is read and written by jackson-databind, not"
                + " by generated code, because it is compiled outside this build");
    }

    @Test
    void recordsWithCompactConstructorsBesideRoutesThatMakeCallsCompile() {
        // Reading a route's body for the errors it throws asked javac for the elements of its calls, which attributed
        // the class early; javac then rejected the compact constructor of a record in it as invalid.
        Compilation compilation = compile(JavaFileObjects.forResource("good/test/CompactConstructors.java"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void nonPublicRouteMethod() {
        assertSingleError("RouteNotPublic", "[GobletRouteNotPublic] Route method list() must be public",
                "String list()");
    }

    @Test
    void staticRouteMethod() {
        assertSingleError("StaticRoute", "[GobletStaticRoute] Route method list() must not be static",
                "public static String list()");
    }

    @Test
    void nonPublicAppClass() {
        assertSingleError("AppNotPublic", "[GobletAppNotPublic] App class test.AppNotPublic must be public",
                "class AppNotPublic");
    }

    @Test
    void abstractAppClass() {
        assertSingleError("AbstractApp", "[GobletAbstractApp] App class test.AbstractApp is abstract",
                "public abstract class AbstractApp");
    }

    @Test
    void appClassWithoutNoArgumentConstructor() {
        assertSingleError("AppConstructor", "[GobletAppConstructor] App class test.AppConstructor has no public"
                + " constructor without parameters; Lambda creates the app through it. Add 'public AppConstructor()"
                + " {...}'", "public class AppConstructor");
    }

    @Test
    void routeOutsideAnApp() {
        assertSingleError("RouteOutsideApp", "[GobletRouteOutsideApp] list() has @Route but its class"
                + " test.RouteOutsideApp has no @App.", "public String list()");
    }

    @Test
    void errorStatusOnRoute() {
        assertSingleError("BadStatus", "[GobletBadStatus] Status 404 is not a success status", "status = 404");
    }

    @Test
    void queryAndHeaderOnOneParameter() {
        assertSingleError("QueryAndHeader", "[GobletQueryAndHeader] Parameter 'limit' is annotated both @Query and"
                + " @Header; keep one.", "int limit");
    }

    @Test
    void appNameWithSpace() {
        assertSingleError("BadAppName", "[GobletBadAppName] App name 'web api' is not valid", "name = \"web api\"");
    }

    @Test
    void contentTypeThatIsNoMediaType() {
        assertSingleError("BadContentType", "[GobletBadContentType] 'json' is not a media type",
                "contentTypes = \"json\"");
    }

    @Test
    void defaultValueOnOptional() {
        assertSingleError("DefaultOnOptional", "[GobletDefaultOnOptional] Parameter 'limit' has a defaultValue but is"
                + " Optional", "Optional<Integer> limit");
    }

    @Test
    void appOnAnInterface() {
        assertSingleError("AppInterface", "[GobletAppNotClass] @App goes on a class; interfaces, enums and records"
                + " cannot hold an app.", "public interface AppInterface");
    }

    @Test
    void innerAppClass() {
        assertSingleError("InnerApp", "[GobletInnerApp] App class test.InnerApp.Users is an inner class; make it a"
                + " top-level class or a static nested class.", "public class Users");
    }

    /** The caret lands on the annotation's value, here on a line of its own. */
    @Test
    void routeWithoutMethods() {
        assertSingleError("NoMethods", "[GobletNoMethods] The route lists no methods; give at least one, as in"
                + " methods = HttpMethod.GET.", "methods = {})");
    }

    @Test
    void methodListedTwice() {
        assertSingleError("DuplicateMethod", "[GobletDuplicateMethod] GET is listed twice in methods; list each"
                + " method once.", "methods = {HttpMethod.GET, HttpMethod.POST, HttpMethod.GET})");
    }

    @Test
    void bodyThatJacksonCannotBind() {
        assertSingleError("BodyNotBindable", "[GobletUnsupportedParameterType] Parameter 'job' would take the JSON"
                + " body, but type java.lang.Runnable cannot be bound from JSON. Use a record, a class with a"
                + " no-argument constructor, a List, a Map or JsonNode.", "Runnable job");
    }

    @Test
    void unsupportedPathVariableType() {
        assertSingleError("UnsupportedPathType", "[GobletUnsupportedParameterType] Path parameter 'id' has type"
                + " java.lang.Object, which Goblet cannot convert from text.", "Object id");
    }

    /**
     * javac cannot place an error inside the container it makes of repeated annotations, so an error in a repeated
     * {@code @DynamoDbTable} lands on the class rather than nowhere.
     */
    @Test
    void tableWithoutPartitionKey() {
        assertSingleError("TableWithoutKey", "[GobletBadTableKey] @DynamoDbTable 'Orders' has an empty partitionKey;"
                + " name the key attribute, as in partitionKey = \"username\".", "public class TableWithoutKey");
    }

    @Test
    void tableActionsAreDynamoDbItemActions() {
        assertSingleError("BadTableAction", "[GobletBadTableAction] @DynamoDbTable 'UsersTable' names the action"
                + " 'dynamodb:PutItem', which is not an item action of DynamoDB. Name them as IAM does, without"
                + " 'dynamodb:'", "@DynamoDbTable(resource");
    }

    @Test
    void tablesSharingAnEnvironmentVariable() {
        assertSingleError("TablesSharingVariable", "[GobletDuplicateTable] Two @DynamoDbTable on this app share the"
                + " environmentVariable 'TABLE'; give each table its own.", "public class TablesSharingVariable");
    }

    @Test
    void tableVariableThatIsNoEnvironmentVariable() {
        assertSingleError("BadTableVariable", "[GobletBadTableVariable] @DynamoDbTable 'Users' has environmentVariable"
                + " '1-TABLE', which is not a valid environment variable name", "environmentVariable = \"1-TABLE\"");
    }

    /** A broken class does not hide its routes' errors: one build reports both. */
    @Test
    void classAndRouteErrorsTogether() {
        JavaFileObject source = source("ErrorsInClassAndRoute");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[GobletAbstractApp] App class test.ErrorsInClassAndRoute is"
                + " abstract").inFile(source).onLineContaining("public abstract class ErrorsInClassAndRoute");
        assertThat(compilation).hadErrorContaining("[GobletBadPath] The path 'users'").inFile(source)
                .onLineContaining("@Route(path = \"users\")");
    }

    @Test
    void twoAppsWithOneName() {
        JavaFileObject first = source("FirstApp");
        JavaFileObject second = source("SecondApp");
        Compilation compilation = compile(first, second);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[GobletDuplicateApp] App name 'shop' is already used by test.")
                .inFile(second)
                .onLineContaining("public class SecondApp");
    }

    @Test
    void corsOnOneMethodOfAPathAndNotItsSibling() {
        assertSingleError("CorsMixedOnPath", "[GobletCorsMixed] create() and list() share the path '/users' but not"
                + " their CORS settings. The browser's preflight is answered once per path: give both methods the"
                + " same @Cors (or put it beside @App for every route).", "public String create()");
    }

    @Test
    void explicitOptionsRouteOnACorsPath() {
        assertSingleError("CorsExplicitOptions", "[GobletCorsOptions] options() answers OPTIONS on '/users', a path"
                + " with CORS", "public String options()");
    }

    @Test
    void corsCredentialsNeedOneOrigin() {
        assertSingleError("CorsCredentialsAnyOrigin", "[GobletCorsCredentials] @Cors(allowCredentials = true) needs"
                + " one origin", "@Cors(allowCredentials = true)");
    }

    @Test
    void corsHeaderNamesAreTokens() {
        assertSingleError("CorsBadHeader", "[GobletCorsBadValue] @Cors allowHeaders has 'X Request Id', which is not"
                + " a valid header name", "@Cors(allowHeaders");
    }

    @Test
    void aConstraintOnATypeItCannotCheck() {
        assertSingleError("ConstraintWrongType", "[GobletConstraintType] @Size on 'quantity' of type int cannot be"
                + " checked: it applies to a String, a collection, a map or an array.", "@Size(max = 3) int quantity");
    }

    @Test
    void aPatternThatDoesNotCompile() {
        assertSingleError("ConstraintBadPattern", "[GobletConstraintPattern] @Pattern(regexp = \"[A-Z{4}\") is not a"
                + " Java regular expression", "@Pattern(regexp");
    }

    @Test
    void aSizeThatAdmitsNone() {
        assertSingleError("ConstraintBadSize", "[GobletConstraintBounds] @Size(min = 5, max = 2) admits no size",
                "@Size(min = 5, max = 2)");
    }

    @Test
    void constraintsOnAListsItemsAreRefusedRatherThanIgnored() {
        assertSingleError("ConstraintOnItems", "[GobletConstraintItems] @NotBlank on the items of 'names' is not"
                + " checked", "List<@NotBlank String> names");
    }

    @Test
    void formFieldsAndABodyInOneRoute() {
        assertSingleError("FormAndBody", "[GobletFormAndBody] add() binds form field 'owner' and the body as 'pet';"
                + " a route reads its body one way. Make 'pet' a @Form field, or bind the whole body without @Form.",
                "Pet pet");
    }

    @Test
    void formFieldOnAGetRoute() {
        assertSingleError("FormOnGet", "[GobletBodyOnGet] Parameter 'term' of search() would bind the body of a GET"
                + " request, which has none.", "@Form String term");
    }

    @Test
    void formFieldOfATypeNoFormHolds() {
        assertSingleError("FormUnsupportedType", "[GobletUnsupportedParameterType] Form field 'fields' has type"
                + " java.util.Map<java.lang.String, java.lang.String>, which Goblet cannot bind from a form. Use"
                + " dev.goblet.FilePart for a file", "@Form Map<String, String> fields");
    }

    @Test
    void formRecordComponentOfATypeNoFormHolds() {
        assertSingleError("FormRecordComponentType", "[GobletUnsupportedParameterType] Form field 'note.labels' has"
                + " type java.util.Map<java.lang.String, java.lang.String>", "@Form Note note");
    }

    @Test
    void formRecordTheHandlerCannotCreate() {
        assertSingleError("FormRecordNotPublic", "[GobletFormRecord] Parameter 'note' binds the form to"
                + " test.FormRecordNotPublic.Note, which the generated handler cannot create. Make the record, and"
                + " each class it is nested in, public.", "@Form Note note");
    }

    @Test
    void formRecordWithAFieldName() {
        assertSingleError("FormRecordNamed", "[GobletFormRecord] Parameter 'note' binds the whole form to a record,"
                + " whose components name their fields, so @Form's value has no meaning there.",
                "@Form(\"note\") Note note");
    }

    @Test
    void formRouteThatListsJson() {
        assertSingleError("FormJsonContentType", "[GobletFormContentType] add() binds a form, so it reads"
                + " application/x-www-form-urlencoded or multipart/form-data, not application/json. Remove"
                + " contentTypes to take both form types, or list only form types.", "contentTypes = ");
    }

    @Test
    void fileOnAUrlEncodedOnlyRoute() {
        assertSingleError("FormFileUrlEncoded", "[GobletFormContentType] add() binds a form, so it reads"
                + " multipart/form-data (it takes a file), not application/x-www-form-urlencoded.",
                "contentTypes = ");
    }

    @Test
    void formFieldBoundTwice() {
        assertSingleError("FormFieldTwice", "[GobletDuplicateFormField] The form field 'title' is bound by"
                + " 'note.title' and by 'heading'. Give one of them another name with @Form(\"...\").",
                "@Form(\"title\") String heading");
    }

    @Test
    void formAndQueryOnOneParameter() {
        assertSingleError("FormAndQuery", "[GobletFormAndQuery] Parameter 'title' has @Form and @Query or @Header;",
                "@Form @Query String title");
    }

    @Test
    void fileWithADefault() {
        assertSingleError("FormFileDefault", "[GobletDefaultOnOptional] File part 'file' cannot have a defaultValue",
                "FilePart file");
    }

    @Test
    void formLimitsWithAPartOverTheBody() {
        assertSingleError("FormBadLimits", "[GobletBadFormLimits] @FormLimits(maxBytes = 1000, maxPartBytes = 5000)"
                + " takes no form: both must be over 0, and a part no larger than the body.", "@FormLimits(");
    }

    @Test
    void sizeConstraintOnAFile() {
        assertSingleError("FormConstraintOnFile", "[GobletConstraintType] @Size on parameter 'file'", "@Size");
    }

    private static void assertSingleError(String name, String message, String line) {
        CompileErrors.assertSingleError(source(name), message, line);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new GobletProcessor()).compile(sources);
    }

    private static JavaFileObject source(String name) {
        return JavaFileObjects.forResource("bad/test/" + name + ".java");
    }
}
