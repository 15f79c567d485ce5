// The users service's walkthrough through openapi-fetch, typed by what openapi-typescript made of the service's
// openapi.json. GeneratedClientsTest type-checks it with tsc --strict, then runs it with node against the service
// on the local server; it prints one line per step and fails at the first that is not as documented.
import createClient from "openapi-fetch";
import type { components, paths } from "./users.js";

declare const process: { argv: string[] };

type ErrorBody = components["schemas"]["Error"];
type UserPage = components["schemas"]["UserPage"];

function check(condition: boolean, what: string): asserts condition {
    if (!condition) {
        throw new Error("not as documented: " + what);
    }
}

/** The typed error body of a call that must fail with `status` and `code`. */
async function expectError(call: Promise<{ error?: ErrorBody; response: Response }>, status: number,
        code: string): Promise<string> {
    const { error, response } = await call;
    check(response.status === status, "status " + response.status + ", expected " + status);
    check(error !== undefined && error.Code === code, "error body " + JSON.stringify(error));
    return error.Message;
}

async function main(baseUrl: string): Promise<void> {
    const client = createClient<paths>({ baseUrl });
    const john = { params: { path: { username: "john" } } };

    const created = await client.POST("/users", { body: { username: "john", email: "john@example.com" } });
    check(created.response.status === 201 && created.data?.username === "john", "create");
    console.log("create: 201", created.data.username);

    const read = await client.GET("/users/{username}", john);
    check(read.data?.email === "john@example.com", "get");
    console.log("get: 200", read.data.email);

    const updated = await client.PUT("/users/{username}", { ...john, body: { displayName: "John" } });
    check(updated.data?.displayName === "John" && updated.data.email === "john@example.com", "update");
    console.log("update: 200", updated.data.displayName);

    for (const name of ["ann", "bob", "cy"]) {
        await client.POST("/users", { body: { username: name, email: name + "@example.com" } });
    }
    const seen: string[] = [];
    let next: string | null | undefined = undefined;
    let pages = 0;
    do {
        const page: UserPage | undefined =
                (await client.GET("/users", { params: { query: { limit: 2, next: next ?? undefined } } })).data;
        check(page !== undefined, "list");
        pages++;
        seen.push(...page.users.map((user) => user.username));
        // The last page's next is null: the document says so, and the type says string | null.
        next = page.next;
    } while (next !== null && next !== undefined);
    check(seen.sort().join(",") === "ann,bob,cy,john" && pages >= 2, "paging " + seen + " in " + pages);
    console.log(`list: ${seen.length} users in ${pages} pages`);

    console.log("409:", await expectError(client.POST("/users",
            { body: { username: "john", email: "other@example.com" } }), 409, "ConflictError"));
    console.log("400:", await expectError(client.GET("/users/{username}",
            { params: { path: { username: "Not Valid!" } } }), 400, "BadRequestError"));

    const deleted = await client.DELETE("/users/{username}", john);
    check(deleted.response.status === 204, "delete");
    console.log("delete: 204");
    console.log("404:", await expectError(client.GET("/users/{username}", john), 404, "NotFoundError"));
}

await main(process.argv[2]);
