package dev.goblet.processor.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error text the processor reports, in one place. Each starts with a stable tag that tests and users can
 * search for, says which rule was broken, and says how to fix it.
 */
public final class ErrorMessages {
    private ErrorMessages() {}

    public static String badPath(String path, String problem) {
        return "[GobletBadPath] The path '" + path + "' is not a valid route template: " + problem + ".";
    }

    public static String unboundPathVariable(String path, String variable, String method) {
        return "[GobletUnboundPathVariable] The path '" + path + "' has the variable {" + variable + "} but "
                + method + "() has no parameter named '" + variable + "'. Add a parameter 'String " + variable
                + "', or remove {" + variable + "} from the path.";
    }

    public static String unknownParameter(String parameter, String method, String path, String suggestion) {
        return "[GobletUnknownParameter] Parameter '" + parameter + "' of " + method
                + "() is not a variable of the path '" + path + "'. Add {" + parameter
                + "} to the path, or annotate the parameter with @Query or @Header."
                + (suggestion == null ? "" : " Did you mean {" + suggestion + "}?");
    }

    public static String duplicateRoute(String method, String path, String otherMethod, String otherPath) {
        String same = path.equals(otherPath) ? "" : " ('" + otherPath + "' has the same shape)";
        return "[GobletDuplicateRoute] " + method + " " + path + " is already handled by " + otherMethod + "()" + same
                + ". API Gateway cannot tell the two apart: change the path or the method of one of them.";
    }

    public static String constraintOnWrongType(String constraint, String where, String type, String expected) {
        return "[GobletConstraintType] @" + constraint + " on " + where + " of type " + type + " cannot be checked:"
                + " it applies to " + expected + ". Remove it, or put it on a value of such a type.";
    }

    public static String constraintOnItems(String constraint, String where) {
        return "[GobletConstraintItems] @" + constraint + " on the items of " + where + " is not checked: Goblet"
                + " checks a body's properties and, with @Valid, the records in its lists, not constraints on a"
                + " list's own items. Check the items in the method, or make them records with constraints and"
                + " mark the list @Valid.";
    }

    public static String badSize(long min, long max) {
        return "[GobletConstraintBounds] @Size(min = " + min + ", max = " + max + ") admits no size: min must be 0"
                + " or more and max at least min.";
    }

    public static String badPattern(String regexp, String problem) {
        return "[GobletConstraintPattern] @Pattern(regexp = \"" + regexp + "\") is not a Java regular expression ("
                + problem + "). Fix the expression: it is compiled once, when the handler loads.";
    }

    public static String duplicateMethod(String method) {
        return "[GobletDuplicateMethod] " + method + " is listed twice in methods; list each method once.";
    }

    public static String noMethods() {
        return "[GobletNoMethods] The route lists no methods; give at least one, as in methods = HttpMethod.GET.";
    }

    public static String twoBodies(String method, String first, String second) {
        return "[GobletTwoBodies] " + method + "() already binds the request body to '" + first
                + "'; a route has one body parameter. Annotate '" + second + "' with @Query or @Header, or add {"
                + second + "} to the path.";
    }

    public static String bodyWithoutBody(String method, String parameter, String httpMethod) {
        return "[GobletBodyOnGet] Parameter '" + parameter + "' of " + method + "() would bind the body of a "
                + httpMethod + " request, which has none. Use POST, PUT or PATCH, or annotate '" + parameter
                + "' with @Query.";
    }

    public static String formAndBody(String method, String form, String body) {
        return "[GobletFormAndBody] " + method + "() binds form field '" + form + "' and the body as '" + body
                + "'; a route reads its body one way. Make '" + body + "' a @Form field, or bind the whole body"
                + " without @Form.";
    }

    public static String duplicateFormField(String field, String first, String second) {
        return "[GobletDuplicateFormField] The form field '" + field + "' is bound by " + first + " and by " + second
                + ". Give one of them another name with @Form(\"...\").";
    }

    public static String formContentTypes(String method, String listed, boolean files) {
        return "[GobletFormContentType] " + method + "() binds a form, so it reads"
                + (files ? " multipart/form-data (it takes a file)" : " application/x-www-form-urlencoded or"
                + " multipart/form-data") + ", not " + listed + ". Remove contentTypes to take "
                + (files ? "multipart/form-data" : "both form types") + ", or list only form types.";
    }

    public static String defaultOnFile(String parameter) {
        return "[GobletDefaultOnOptional] File part '" + parameter + "' cannot have a defaultValue: a file has no"
                + " text form. Remove it, and take Optional<FilePart> if the file may be absent.";
    }

    public static String badFormLimits(int maxBytes, int maxPartBytes) {
        return "[GobletBadFormLimits] @FormLimits(maxBytes = " + maxBytes + ", maxPartBytes = " + maxPartBytes
                + ") takes no form: both must be over 0, and a part no larger than the body. Raise the one that"
                + " is too small.";
    }

    public static String formAndQueryOrHeader(String parameter) {
        return "[GobletFormAndQuery] Parameter '" + parameter + "' has @Form and @Query or @Header; a value comes"
                + " from one place. Keep one of them.";
    }

    public static String formRecordMember(String parameter, String member) {
        return "[GobletFormRecord] Parameter '" + parameter + "' binds the whole form to a record, whose components"
                + " name their fields, so @Form's " + member + " has no meaning there. Remove it, or bind one field"
                + " with a text-valued parameter.";
    }

    public static String formRecordNotPublic(String parameter, String type) {
        return "[GobletFormRecord] Parameter '" + parameter + "' binds the form to " + type + ", which the generated"
                + " handler cannot create. Make the record, and each class it is nested in, public.";
    }

    public static String unsupportedFormType(String field, String type) {
        return "[GobletUnsupportedParameterType] Form field '" + field + "' has type " + type + ", which Goblet"
                + " cannot bind from a form. Use dev.goblet.FilePart for a file, or a type a @Query value takes:"
                + " String, a primitive or its box, an enum, or a type with a public static valueOf(String),"
                + " fromString(String), parse(CharSequence) or create(String), or a public constructor taking a"
                + " String; wrap it in Optional<> if it may be absent, or in List<> for repeated values; or bind the"
                + " whole form to a public record of such components.";
    }

    public static String unsupportedValueType(String type, String source, String parameter) {
        return "[GobletUnsupportedParameterType] " + source + " parameter '" + parameter + "' has type " + type
                + ", which Goblet cannot convert from text. Use String, a primitive or its box, an enum, or a type"
                + " with a public static valueOf(String), fromString(String), parse(CharSequence) or create(String),"
                + " or a public constructor taking a String, that throws no checked exception; wrap it in Optional<>"
                + " if it may be absent, or in List<> for repeated values."
                + (type.equals("java.net.URL") ? " For a URL, take a java.net.URI and call toURL() on it." : "");
    }

    public static String pathVariableNotSingle(String parameter, String type) {
        return "[GobletUnsupportedParameterType] Path variable '" + parameter + "' has type " + type
                + ", but a path variable is always present and single: declare it as the plain value type.";
    }

    public static String bodyNotBindable(String parameter, String type) {
        return "[GobletUnsupportedParameterType] Parameter '" + parameter + "' would take the JSON body, but type "
                + type + " cannot be bound from JSON. Use a record, a class with a no-argument constructor, a"
                + " List, a Map or JsonNode.";
    }

    public static String defaultOnOptional(String parameter) {
        return "[GobletDefaultOnOptional] Parameter '" + parameter + "' has a defaultValue but is Optional or a"
                + " List, which are never absent. Remove the defaultValue, or make the type a plain value.";
    }

    public static String queryAndHeader(String parameter) {
        return "[GobletQueryAndHeader] Parameter '" + parameter + "' is annotated both @Query and @Header; keep one.";
    }

    public static String unsupportedReturnType(String method, String type, String advice) {
        return "[GobletUnsupportedReturnType] " + method + "() returns " + type + ", which a route cannot answer"
                + " with: " + advice;
    }

    public static String badStatus(int status) {
        return "[GobletBadStatus] Status " + status + " is not a success status; use one from 200 to 399 (errors"
                + " are thrown as HttpError subclasses such as NotFoundError).";
    }

    public static String badContentType(String contentType) {
        return "[GobletBadContentType] '" + contentType + "' is not a media type; write it as type/subtype, as in"
                + " 'application/json'.";
    }

    public static String routeNotPublic(String method) {
        return "[GobletRouteNotPublic] Route method " + method + "() must be public, so that the generated handler"
                + " can call it. Add 'public'.";
    }

    public static String routeStatic(String method) {
        return "[GobletStaticRoute] Route method " + method + "() must not be static: the generated handler calls"
                + " it on the app's instance. Remove 'static'.";
    }

    public static String routeOutsideApp(String method, String annotation, String type) {
        return "[GobletRouteOutsideApp] " + method + "() has @" + annotation + " but its class " + type
                + " has no @App. Annotate "
                + type + " with @App(name = \"...\"), or move the method into the app's class.";
    }

    public static String appNotClass() {
        return "[GobletAppNotClass] @App goes on a class; interfaces, enums and records cannot hold an app.";
    }

    public static String appNotPublic(String type) {
        return "[GobletAppNotPublic] App class " + type + " must be public so that the generated handler can create"
                + " it. Add 'public'.";
    }

    public static String appAbstract(String type) {
        return "[GobletAbstractApp] App class " + type + " is abstract, so the generated handler cannot create it."
                + " Remove 'abstract'.";
    }

    public static String appInner(String type) {
        return "[GobletInnerApp] App class " + type + " is an inner class; make it a top-level class or a static"
                + " nested class.";
    }

    public static String appConstructor(String type) {
        return "[GobletAppConstructor] App class " + type + " has no public constructor without parameters; Lambda"
                + " creates the app through it. Add 'public " + simpleName(type) + "() {...}' that builds what the"
                + " app needs.";
    }

    public static String badAppName(String name) {
        return "[GobletBadAppName] App name '" + name + "' is not valid: use letters, digits, '-' and '_', starting"
                + " with a letter, as in 'web-api'.";
    }

    public static String duplicateApp(String name, String other) {
        return "[GobletDuplicateApp] App name '" + name + "' is already used by " + other + "; each app needs its"
                + " own name. Rename one of them.";
    }

    public static String badTableResource(String resource, java.util.Set<String> taken) {
        return "[GobletBadTableResource] @DynamoDbTable resource '" + resource + "' cannot name a template resource:"
                + " use letters and digits only, as in 'UsersTable', and none of " + new java.util.TreeSet<>(taken)
                + ".";
    }

    public static String duplicateTable(String member, String value) {
        return "[GobletDuplicateTable] Two @DynamoDbTable on this app share the " + member + " '" + value
                + "'; give each table its own.";
    }

    public static String badTableKey(String resource) {
        return "[GobletBadTableKey] @DynamoDbTable '" + resource + "' has an empty partitionKey; name the key"
                + " attribute, as in partitionKey = \"username\".";
    }

    public static String badTableKeyType(String resource, String type) {
        return "[GobletBadTableKeyType] @DynamoDbTable '" + resource + "' has partitionKeyType '" + type
                + "'; use \"S\" (string), \"N\" (number) or \"B\" (binary).";
    }

    public static String badTableSortKey(String resource, String sortKey, String type) {
        return "[GobletBadTableSortKey] @DynamoDbTable '" + resource + "' has sortKey '" + sortKey + "' of type '"
                + type + "'; the sort key is an attribute other than the partition key, of type \"S\", \"N\" or"
                + " \"B\".";
    }

    public static String badTableStream(String resource, String stream) {
        return "[GobletBadTableStream] @DynamoDbTable '" + resource + "' has stream '" + stream + "'; use"
                + " NEW_AND_OLD_IMAGES, NEW_IMAGE, OLD_IMAGE or KEYS_ONLY, or leave it empty for no stream.";
    }

    public static String badTableDeletionPolicy(String resource, String policy) {
        return "[GobletBadTableDeletionPolicy] @DynamoDbTable '" + resource + "' has deletionPolicy '" + policy
                + "'; use Retain (keep the table when the stack is deleted), Snapshot or Delete.";
    }

    public static String badTableAction(String resource, String action) {
        return "[GobletBadTableAction] @DynamoDbTable '" + resource + "' names the action '" + action + "', which"
                + " is not an item action of DynamoDB. Name them as IAM does, without 'dynamodb:': GetItem, PutItem,"
                + " UpdateItem, DeleteItem, Query, Scan, BatchGetItem, BatchWriteItem, ConditionCheckItem,"
                + " DescribeTable, TransactGetItems, TransactWriteItems or PartiQL*.";
    }

    public static String tableWithoutStream(String table) {
        return "[GobletTableWithoutStream] @OnDynamoDbRecord reads the stream of table '" + table + "', but the app"
                + " declares no such table with a stream. Declare it with @DynamoDbTable(resource = \"" + table
                + "\", ..., stream = \"NEW_AND_OLD_IMAGES\"), or give the stream's streamArn instead.";
    }

    public static String dynamoDbStreamSource(String method) {
        return "[GobletDynamoDbStream] @OnDynamoDbRecord on " + method + "() names its stream once: give table (a"
                + " @DynamoDbTable of the app with a stream) or streamArn, not both and not neither.";
    }

    public static String badTableVariable(String resource, String variable) {
        return "[GobletBadTableVariable] @DynamoDbTable '" + resource + "' has environmentVariable '" + variable
                + "', which is not a valid environment variable name; use letters, digits and '_', starting with a"
                + " letter, as in DYNAMODB_TABLE_NAME.";
    }

    public static String configNotFound(String file, String option) {
        return "[GobletConfigNotFound] The stage config " + file + " named by -A" + option + " does not exist."
                + " Fix the path, or remove the option to use .chalice/config.json of the project.";
    }

    public static String configUnreadable(String file, String problem) {
        return "[GobletConfigUnreadable] The stage config " + file + " is not a JSON object: " + problem;
    }

    public static String configUnknownKey(String file, String key, String suggestion) {
        return "[GobletConfigUnknownKey] Unknown key '" + key + "' in " + file + "."
                + (suggestion == null ? " Remove it; docs/stage-config.md lists the keys Goblet reads."
                        : " Did you mean '" + suggestion + "'?");
    }

    public static String configUnsupportedKey(String file, String key) {
        return "[GobletConfigUnsupportedKey] Key '" + key + "' in " + file + " is a Chalice setting that Goblet does"
                + " not support yet; remove it (docs/stage-config.md lists the keys Goblet reads).";
    }

    public static String configMisplacedKey(String file, String key, String where) {
        return "[GobletConfigMisplacedKey] Key '" + key + "' in " + file + " cannot be set here; " + where + ".";
    }

    public static String configWrongType(String file, String key, String expected, String found) {
        return "[GobletConfigWrongType] Key '" + key + "' in " + file + " must be " + expected + ", not " + found
                + ".";
    }

    public static String configBadValue(String file, String key, String value, String rule) {
        return "[GobletConfigBadValue] Key '" + key + "' in " + file + " has the value " + value + ", but " + rule
                + ".";
    }

    public static String configRestOnly(String file, String key, String stage, String type, String description,
            String reason) {
        return "[GobletConfigRestOnly] In " + file + ", " + stage + " sets api_type to " + type + ", so the app is"
                + " served by " + description + ", but also sets '" + key + "': " + reason + ". Remove '" + key
                + "' there, or deploy this stage as a REST API (api_type REST, the default).";
    }

    public static String configUnknownFunction(String file, String key, List<String> apps, List<String> functions,
            String suggestion) {
        String owners = apps.size() == 1 ? "app '" + apps.get(0) + "'" : "the apps " + quotedList(apps);
        return "[GobletConfigUnknownFunction] Key '" + key + "' in " + file + " names no function of " + owners
                + ", whose functions are " + quotedList(functions) + "."
                + (suggestion == null ? " Rename it to one of them, or remove it." : " Did you mean '" + suggestion
                        + "'?");
    }

    public static String configMissingRoleArn(String file, String stage) {
        return "[GobletConfigMissingRoleArn] In " + file + ", " + stage + " sets manage_iam_role to false but gives"
                + " no iam_role_arn: set iam_role_arn to the role's ARN, or to \"${param:RoleArn}\" to pass it at"
                + " deploy time.";
    }

    public static String configIgnoredRoleArn(String file, String stage) {
        return "[GobletConfigIgnoredRoleArn] In " + file + ", " + stage + " sets iam_role_arn while manage_iam_role"
                + " is true, so Goblet generates the role and ignores the ARN (as Chalice does). Set"
                + " manage_iam_role to false to use the ARN.";
    }

    public static String eventNotPublic(String annotation, String method) {
        return "[GobletEventNotPublic] @" + annotation + " method " + method + "() must be public, so that its"
                + " generated entry point can call it. Add 'public'.";
    }

    public static String eventStatic(String annotation, String method) {
        return "[GobletStaticEvent] @" + annotation + " method " + method + "() must not be static: its generated"
                + " entry point calls it on the app's instance. Remove 'static'.";
    }

    public static String twoFunctionAnnotations(String method, List<String> annotations) {
        return "[GobletTwoFunctionKinds] " + method + "() is annotated " + annotations.stream().map(a -> "@" + a)
                .collect(Collectors.joining(" and ")) + "; a method is one function. Keep one, and call a shared"
                + " method from a second one if both are needed.";
    }

    public static String badSchedule(String expression) {
        return "[GobletBadSchedule] '" + expression + "' is not a schedule EventBridge takes. Write rate(N unit)"
                + " with unit minute, hour or day (singular when N is 1: rate(1 hour), rate(5 minutes)), or cron()"
                + " with six fields: minutes hours day-of-month month day-of-week year, as cron(0 12 * * ? *).";
    }

    public static String sqsQueue(String method) {
        return "[GobletSqsQueue] @OnSqsMessage on " + method + "() names its queue once: give queue (a name in the"
                + " stack's account and region) or queueArn (an ARN), not both and not neither.";
    }

    public static String badQueueName(String queue) {
        return "[GobletBadQueueName] '" + queue + "' is not an SQS queue name: up to 80 letters, digits, '-' or"
                + " '_', with '.fifo' at the end of a FIFO queue. To name a queue by ARN, use queueArn.";
    }

    public static String badArn(String member, String arn, String service) {
        return "[GobletBadArn] " + member + " '" + arn + "' is not an ARN of " + service + ": it starts with"
                + " arn:aws (or arn:aws-cn, arn:aws-us-gov) and names the " + service + " service, as in arn:aws:"
                + service + ":us-east-1:123456789012:name.";
    }

    public static String badBatch(String member, int value, String rule) {
        return "[GobletBadBatch] " + member + " = " + value + " is out of range: " + rule + ".";
    }

    public static String badTopic(String topic) {
        return "[GobletBadTopic] '" + topic + "' is not an SNS topic: give its name (up to 256 letters, digits, '-'"
                + " or '_') or its ARN.";
    }

    public static String badBucket(String bucket) {
        return "[GobletBadBucket] '" + bucket + "' is not an S3 bucket name: 3 to 63 lower-case letters, digits,"
                + " '.' or '-', starting and ending with a letter or digit.";
    }

    public static String badS3Event(String event) {
        return "[GobletBadS3Event] '" + event + "' is not an S3 event type. Write one as S3 names it, such as"
                + " s3:ObjectCreated:*, s3:ObjectCreated:Put or s3:ObjectRemoved:*.";
    }

    public static String badEventPattern(String pattern, String reason) {
        return "[GobletBadEventPattern] The event pattern " + pattern + " is not one EventBridge takes: " + reason
                + ". Write a JSON object whose fields hold arrays of the values to match, or objects of such"
                + " fields, as {\"source\": [\"aws.s3\"], \"detail\": {\"bucket\": {\"name\": [\"uploads\"]}}}.";
    }

    public static String badEventBus(String bus) {
        return "[GobletBadEventBus] '" + bus + "' is not an EventBridge bus: give its name (up to 256 letters,"
                + " digits, '.', '-', '_' or '/') or its ARN, or leave bus empty for the account's default bus.";
    }

    public static String kinesisStream(String method) {
        return "[GobletKinesisStream] @OnKinesisRecord on " + method + "() names its stream once: give stream (a"
                + " name in the stack's account and region) or streamArn (an ARN), not both and not neither.";
    }

    public static String badStreamArn(String arn, String example) {
        return "[GobletBadStreamArn] '" + arn + "' is not a stream's ARN. Write it as " + example + ".";
    }

    public static String badStreamName(String stream) {
        return "[GobletBadStreamName] '" + stream + "' is not a Kinesis stream name: up to 128 letters, digits, '.',"
                + " '-' or '_'. To name a stream by ARN, use streamArn.";
    }

    public static String badStartingPosition(String position) {
        return "[GobletBadStartingPosition] startingPosition '" + position + "' is not one Lambda takes: write"
                + " LATEST (only records written from now on) or TRIM_HORIZON (the oldest record the stream keeps).";
    }

    public static String duplicateMessaging(String name) {
        return "[GobletDuplicateMessaging] The app declares '" + name + "' twice, or two queues or topics whose"
                + " names differ only in punctuation: each becomes one resource of the template. Keep one.";
    }

    public static String badMessagingVariable(String owner, String variable) {
        return "[GobletBadMessagingVariable] The " + owner + " puts its address in '" + variable + "', which is not"
                + " a free environment variable name: use letters, digits and '_', starting with a letter, and a"
                + " name no other table, queue or topic of the app uses.";
    }

    public static String unknownResourceUser(String resource, String name, List<String> functions,
            String suggestion) {
        return "[GobletUnknownResourceUser] The " + resource + " names '" + name + "' among the functions that may"
                + " use it, but the app has no function of that name; its functions are " + quotedList(functions)
                + "." + (suggestion == null ? " Name one of them, or leave functions out to let every function use"
                        + " it." : " Did you mean '" + suggestion + "'?");
    }

    public static String badFunctionName(String name) {
        return "[GobletBadFunctionName] '" + name + "' is not a function name Goblet can deploy: start with a"
                + " letter; use up to 64 letters, digits, '-' or '_'.";
    }

    public static String routeFunctionIsApiHandler(String name) {
        return "[GobletRouteFunctionName] function = \"" + name + "\" names the app's API handler, which serves every"
                + " route that names no function: leave function out, or give the function of its own another name,"
                + " such as \"reports\".";
    }

    public static String conflictingRouteFunction(String method, String function, String blueprint,
            String registered) {
        return "[GobletConflictingFunction] " + method + "() runs in function '" + function + "', but the app registers"
                + " its blueprint " + blueprint + " with function = \"" + registered + "\": a route runs in one"
                + " function. Remove one of the two, or make them the same.";
    }

    public static String duplicateFunction(String name, String other) {
        return "[GobletDuplicateFunction] The function name '" + name + "' is taken by " + other + ": each"
                + " function of an app is deployed under its own name. Give one of them another name = \"...\".";
    }

    public static String eventParameterType(String annotation, String parameter, String type, String allowed) {
        return "[GobletEventParameterType] Parameter '" + parameter + "' of type " + readable(type) + " cannot"
                + " receive a @" + annotation + " event. Declare " + allowed + ".";
    }

    public static String twoEventParameters(String annotation, String first, String second) {
        return "[GobletTwoEventParameters] A @" + annotation + " method receives its event once, but both '"
                + first + "' and '" + second + "' would take it. Keep one (and the Lambda Context, if needed).";
    }

    public static String eventReturnsValue(String annotation, String method, String type) {
        return "[GobletEventReturnsValue] " + method + "() returns " + readable(type) + ", but nothing receives"
                + " what a @" + annotation + " method returns. Make it void; a pure function (@LambdaFunction)"
                + " returns its result.";
    }

    public static String exceptionHandlerNotPublic(String method) {
        return "[GobletExceptionHandlerNotPublic] Exception handler " + method + "() must be public, so that the"
                + " generated handler can call it. Add 'public'.";
    }

    public static String exceptionHandlerStatic(String method) {
        return "[GobletExceptionHandlerStatic] Exception handler " + method + "() must not be static: the generated"
                + " handler calls it on the app's instance. Remove 'static'.";
    }

    public static String exceptionHandlerParameters(String method, List<String> types) {
        return "[GobletExceptionHandlerParameters] Exception handler " + method + "(" + types.stream()
                .map(ErrorMessages::readable).collect(Collectors.joining(", ")) + ") must take the exception, and"
                + " the Request if it needs it, as in " + method + "(UserMissing e, Request request).";
    }

    public static String exceptionHandlerType(String method, String type, String parameterType) {
        return "[GobletExceptionHandlerType] " + method + "() handles " + readable(type) + ", but its parameter is "
                + readable(parameterType) + ", which " + readable(type) + " does not extend. Make the parameter a"
                + " type every handled exception extends, or handle a subclass of " + readable(parameterType) + ".";
    }

    public static String exceptionHandlerCheckedThrowable(String method, String type) {
        return "[GobletExceptionHandlerType] " + method + "() handles " + readable(type) + ", a Throwable that is"
                + " neither an Exception nor an Error, which no route can throw. Handle an Exception or an Error.";
    }

    public static String exceptionHandlerReturn(String method, String type) {
        return "[GobletExceptionHandlerReturn] Exception handler " + method + "() returns " + readable(type)
                + "; it must return a Response (the answer) or an HttpError (answered as if the route threw it).";
    }

    public static String duplicateExceptionHandler(String method, String type, String other) {
        return "[GobletDuplicateExceptionHandler] " + method + "() handles " + readable(type) + ", which " + other
                + "() already handles; a type has one handler. Remove " + readable(type) + " from one of them.";
    }

    public static String notABlueprint(String type) {
        return "[GobletNotABlueprint] " + readable(type) + " is registered as a blueprint but has no @Blueprint."
                + " Annotate " + readable(type) + " with @Blueprint, or register a class that has it.";
    }

    public static String blueprintShape(String type, String rule) {
        return "[GobletBlueprintClass] Blueprint " + readable(type) + " " + rule + ": the generated handler creates"
                + " one instance of it.";
    }

    public static String blueprintConstructor(String type) {
        return "[GobletBlueprintConstructor] Blueprint " + readable(type) + " must have exactly one public"
                + " constructor, which the generated handler calls. Keep one public constructor.";
    }

    public static String blueprintDependency(String type, String parameter, String parameterType, String app,
            List<String> candidates) {
        return "[GobletBlueprintDependency] Parameter '" + parameter + "' of " + readable(type) + "'s constructor"
                + " has type " + readable(parameterType) + ", which the app " + readable(app) + " does not provide"
                + (candidates.isEmpty() ? "" : " once (" + candidates.stream().map(m -> m + "()")
                        .collect(Collectors.joining(", ")) + " all return it)")
                + ". Take the app itself, or add one public no-argument method to " + readable(app) + " that returns "
                + readable(parameterType) + ".";
    }

    public static String badUrlPrefix(String prefix) {
        return "[GobletBadUrlPrefix] The URL prefix '" + prefix + "' must be empty or '/' and segments without"
                + " variables, with no '/' at the end, as in '/users'.";
    }

    public static String badNamePrefix(String prefix) {
        return "[GobletBadNamePrefix] The name prefix '" + prefix + "' may hold letters, digits and '_' only.";
    }

    public static String duplicateBlueprintRoute(String method, String path, String owner, String other) {
        return "[GobletDuplicateRoute] " + method + " " + path + " of " + owner + "() is already handled by " + other
                + "(). API Gateway cannot tell the two apart: change a prefix, the path or the method of one of"
                + " them.";
    }

    public static String eventMiddlewareSignature(String method) {
        return "[GobletEventMiddlewareSignature] Event middleware " + method + "() must be public, not static, take"
                + " (EventCall call, NextEvent next) and return a JsonNode, as in public JsonNode " + method
                + "(EventCall call, NextEvent next) throws Exception { return next.proceed(call); }; and be no"
                + " route, function, exception handler or HTTP middleware too.";
    }

    public static String middlewareSignature(String method) {
        return "[GobletMiddlewareSignature] Middleware " + method + "() must be public, not static, take (Request"
                + " request, Next next) and return a Response, as in public Response " + method
                + "(Request request, Next next) { return next.proceed(request); }.";
    }

    public static String boundByDatabind(String type, String reason) {
        return "[GobletDatabind] JSON of " + type + " is read and written by jackson-databind, not by generated code,"
                + " because " + reason + "; it works, at the cost of databind's start-up. A record or enum with only"
                + " @JsonProperty, @JsonPropertyDescription and @JsonClassDescription is bound by generated code.";
    }

    public static String databindMissing(String type, String reason) {
        return "[GobletDatabindMissing] JSON of " + type + " needs jackson-databind, because " + reason
                + ", and jackson-databind is not on the classpath. Add the dependency"
                + " com.fasterxml.jackson.core:jackson-databind, or make " + type + " a record (or enum) that"
                + " generated code binds.";
    }

    public static String databindMissingForEvents(String app) {
        return "[GobletDatabindMissing] App '" + app + "' has event functions, whose payloads jackson-databind reads,"
                + " and jackson-databind is not on the classpath. Add the dependency dev.goblet:goblet-events, or"
                + " com.fasterxml.jackson.core:jackson-databind.";
    }

    public static String processorBug(String trace) {
        return "[GobletProcessorBug] Goblet's processor failed; this is a bug in Goblet, please report it with this"
                + " trace:\n" + trace;
    }


    private static String quotedList(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** {@code java.util.List<com.example.Mail>} as {@code List<Mail>}. */
    private static String readable(String type) {
        return type.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+", "");
    }
    public static String corsCredentialsWithAnyOrigin() {
        return "[GobletCorsCredentials] @Cors(allowCredentials = true) needs one origin: browsers refuse credentials"
                + " with Access-Control-Allow-Origin '*'. Set allowOrigin to your front end's origin, such as"
                + " \"https://app.example.com\".";
    }

    public static String corsBadValue(String member, String value) {
        return "[GobletCorsBadValue] @Cors " + member + " has '" + value + "', which is not a valid "
                + (member.equals("maxAge") ? "age: give seconds, 0 or more, or -1 to leave it to the browser."
                : member.equals("allowOrigin") ? "origin: give '*' or one origin such as https://app.example.com,"
                        + " without a path."
                : "header name: give names such as X-Request-Id.");
    }

    public static String corsMixedOnPath(String path, String method, String otherMethod) {
        return "[GobletCorsMixed] " + method + "() and " + otherMethod + "() share the path '" + path
                + "' but not their CORS settings. The browser's preflight is answered once per path: give both"
                + " methods the same @Cors (or put it beside @App for every route).";
    }

    public static String corsExplicitOptions(String path, String method) {
        return "[GobletCorsOptions] " + method + "() answers OPTIONS on '" + path + "', a path with CORS, whose"
                + " OPTIONS is the browser's preflight that Goblet answers. Remove OPTIONS from its methods, or turn"
                + " CORS off on the path with @Cors(enabled = false) on each of its routes.";
    }

    public static String badWebSocketRoute(String route) {
        return "[GobletBadWebSocketRoute] '" + route + "' is not a message route Goblet deploys: give $default, or a"
                + " key of letters, digits, '_' and '-' (up to 40) such as route = \"join\", the value the route"
                + " selection expression finds in a message. $connect and $disconnect are @OnWsConnect's and"
                + " @OnWsDisconnect's.";
    }

    public static String badRouteSelection(String expression) {
        return "[GobletBadRouteSelection] '" + expression + "' is not a route selection expression Goblet deploys:"
                + " give $request.body.<field>, such as routeSelection = \"$request.body.action\" (the default).";
    }

    public static String twoWebSocketHandlers(String annotation, String method, String other) {
        return "[GobletDuplicateWebSocketHandler] An app has one @" + annotation + " handler, and " + other
                + "() is it already, so " + method + "() cannot be another: API Gateway runs one function for the"
                + " route. Keep one of them, and call the other from it if both must run.";
    }

    public static String duplicateWebSocketRoute(String route, String method, String other) {
        return "[GobletDuplicateWebSocketRoute] The WebSocket route '" + route + "' of " + method + "() is already "
                + other + "()'s: a message goes to one handler. Give one of them another route = \"...\".";
    }

    public static String routeSelectionDiffers(String method, String expression, String other, String first) {
        return "[GobletRouteSelectionDiffers] " + method + "() selects routes by '" + expression + "' but " + other
                + "() by '" + first + "': an app's WebSocket API has one route selection expression. Give the same"
                + " routeSelection on every @OnWsMessage (or on none, for the default $request.body.action).";
    }

    public static String authUnknown(String name, String element, List<String> known, String suggestion) {
        return "[GobletAuthUnknown] " + element + " names the authorizer '" + name + "', which the app does not"
                + " declare. Use \"iam\", \"none\"" + (known.isEmpty() ? "" : ", " + known.stream()
                .map(k -> "\"" + k + "\"").collect(Collectors.joining(", "))) + ", or declare it with"
                + " @CognitoAuthorizer or @CustomAuthorizer beside @App, or an @Authorizer method."
                + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?");
    }

    public static String authDuplicate(String name, String other) {
        return "[GobletAuthDuplicate] Two authorizers are named '" + name + "' (the other is " + other
                + "). Routes name authorizers: rename one of them.";
    }

    public static String authReservedName(String name) {
        return "[GobletAuthReserved] '" + name + "' is the name of " + (name.equals("none") ? "no authorizer"
                : "the IAM authorizer") + " in @Authorized; give this authorizer another name.";
    }

    public static String authScopes(String name) {
        return "[GobletAuthScopes] @Authorized(\"" + name + "\") asks for scopes, but only a @CognitoAuthorizer's"
                + " tokens carry them: API Gateway ignores scopes for IAM, custom and built-in authorizers. Remove"
                + " scopes, or name a Cognito authorizer.";
    }

    public static String authorizerSignature(String method) {
        return "[GobletAuthorizerSignature] The @Authorizer method " + method + "() must be public, not static,"
                + " take one dev.goblet.event.AuthRequest and return dev.goblet.event.AuthResult, as in"
                + " 'public AuthResult " + method + "(AuthRequest request)'.";
    }

    public static String authorizerWithOther(String method, String other) {
        return "[GobletAuthorizerTwice] " + method + "() is both an @Authorizer and " + other + ": an authorizer"
                + " is a function of its own. Move one of them to another method.";
    }

    public static String authCustomTarget(String name) {
        return "[GobletAuthCustomTarget] @CustomAuthorizer '" + name + "' needs exactly one of functionArn (the"
                + " authorizer function's ARN) and uri (API Gateway's invocation URI of it).";
    }

    public static String authBadValue(String annotation, String member, String value, String rule) {
        return "[GobletAuthBadValue] " + annotation + " " + member + " is '" + value + "': " + rule + ".";
    }

    public static String authNotOnRoute(String annotation, String method) {
        return "[GobletAuthNotOnRoute] @" + annotation + " on " + method + "(), which is not a @Route: put it on a"
                + " route method, or beside @App for every route.";
    }

    public static String usagePlanWithoutKeys(String app) {
        return "[GobletUsagePlanUnused] The stage config sets usage_plan, but no route of app " + app + " requires"
                + " an API key, so the template has no key or plan: add @ApiKeyRequired beside @App or on the routes"
                + " that need one, or remove usage_plan.";
    }

    public static String apiTypeApiKey(String app, String route, String stage, String type, String description) {
        return "[GobletApiTypeApiKey] Route " + route + " of app " + app + " requires an API key (@ApiKeyRequired),"
                + " but " + stage + " sets api_type to " + type + ": API keys and usage plans are REST API features,"
                + " which " + description + " does not have. Deploy this stage as a REST API (remove api_type or set"
                + " it to REST), or remove @ApiKeyRequired and check callers another way (IAM or a JWT).";
    }

    public static String apiTypeLambdaAuthorizer(String app, String route, String authorizer, String stage,
            String type, String description) {
        return "[GobletApiTypeAuthorizer] Route " + route + " of app " + app + " is behind the Lambda authorizer '"
                + authorizer + "', but " + stage + " sets api_type to " + type + ": Goblet deploys custom and built-in"
                + " authorizers on REST APIs only, not on " + description + ". Deploy this stage as a REST API, or"
                + " use @Authorized(Authorized.IAM)" + (type.equals("HTTP") ? " or a @CognitoAuthorizer (a JWT"
                + " authorizer on an HTTP API)" : "") + " for this route.";
    }

    public static String apiTypeFunctionUrlCognito(String app, String route, String authorizer, String stage) {
        return "[GobletApiTypeAuthorizer] Route " + route + " of app " + app + " is behind the Cognito authorizer '"
                + authorizer + "', but " + stage + " sets api_type to FUNCTION_URL: a function URL checks only IAM"
                + " signatures (AuthType AWS_IAM) or nothing. Use api_type HTTP, whose JWT authorizer checks Cognito"
                + " tokens, or REST.";
    }

    public static String apiTypeFunctionUrlFunctions(String app, String stage, List<String> functions) {
        return "[GobletApiTypeFunctionUrl] App " + app + " serves its routes from the functions "
                + quotedList(functions) + ", but " + stage + " sets api_type to FUNCTION_URL: a function URL is"
                + " one function's, with no gateway to route between functions. Serve every route from api_handler"
                + " (remove function = ... from @Route and @RegisterBlueprint), or use api_type HTTP or REST.";
    }

    public static String apiTypeFunctionUrlMixedIam(String app, String stage, String iamRoute, String openRoute) {
        return "[GobletApiTypeFunctionUrl] App " + app + " has IAM routes (" + iamRoute + ") and public ones ("
                + openRoute + "), but " + stage + " sets api_type to FUNCTION_URL, whose AuthType (AWS_IAM or NONE)"
                + " is the whole URL's. Put every route behind @Authorized(Authorized.IAM) (beside @App) or none, or"
                + " use api_type HTTP or REST.";
    }

    public static String apiTypeJwtPools(String app, String authorizer, String stage, int pools) {
        return "[GobletApiTypeJwt] The @CognitoAuthorizer '" + authorizer + "' of app " + app + " names " + pools
                + " user pools, but " + stage + " sets api_type to HTTP, whose JWT authorizer trusts one issuer:"
                + " name one pool in providerArns, or deploy this stage as a REST API.";
    }

    public static String apiTypeJwtIssuer(String app, String authorizer, String stage, String arn) {
        return "[GobletApiTypeJwt] The @CognitoAuthorizer '" + authorizer + "' of app " + app + " names \"" + arn
                + "\", but " + stage + " sets api_type to HTTP, whose JWT authorizer needs the pool's issuer: write"
                + " the ARN as arn:aws:cognito-idp:<region>:<account>:userpool/<pool-id> (${AWS::Region} and"
                + " ${AWS::AccountId} may stand in it).";
    }

    public static String apiTypeJwtAudiences(String app, String authorizer, String stage) {
        return "[GobletApiTypeJwt] The @CognitoAuthorizer '" + authorizer + "' of app " + app + " gives no audiences,"
                + " but " + stage + " sets api_type to HTTP, whose JWT authorizer takes only tokens of the app clients"
                + " it names: add audiences = \"<app client id>\" to @CognitoAuthorizer.";
    }

    public static String badBinaryType(String type) {
        return "[GobletBinaryType] @App(binaryTypes) holds \"" + type + "\", which is no media type: write one such as"
                + " application/pdf, a wildcard such as image/*, or */* to make every body binary.";
    }
}
