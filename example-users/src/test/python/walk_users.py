"""The users service's walkthrough through the Python client openapi-generator made from its openapi.json.

Run by GeneratedClientsTest with the service's URL as the first argument and the generated package on PYTHONPATH;
prints one line per step and exits non-zero at the first step that is not as documented.
"""
import sys

import users_client
from users_client.exceptions import BadRequestException, ConflictException, NotFoundException
from users_client.models.user import User
from users_client.models.user_changes import UserChanges


def expect_error(exception_type, status, code, call):
    try:
        call()
    except exception_type as error:
        assert error.status == status, error.status
        # The typed body the document declares for that status, read by the client itself.
        assert error.data is not None and error.data.code == code, (error.data, error.body)
        return error.data.message
    raise AssertionError("expected " + exception_type.__name__)


def main(base_url):
    api = users_client.DefaultApi(users_client.ApiClient(users_client.Configuration(host=base_url)))

    created = api.create_user(User(username="john", email="john@example.com"))
    assert (created.username, created.email) == ("john", "john@example.com"), created
    print("create: 201", created.username)

    read = api.get_user("john")
    assert read.email == "john@example.com" and read.display_name is None, read
    print("get: 200", read.email)

    updated = api.update_user("john", UserChanges(display_name="John"))
    assert updated.display_name == "John" and updated.email == "john@example.com", updated
    print("update: 200", updated.display_name)

    for name in ("ann", "bob", "cy"):
        api.create_user(User(username=name, email=name + "@example.com"))
    seen, cursor, pages = [], None, 0
    while True:
        page = api.list_users(limit=2, next=cursor)
        pages += 1
        seen += [user.username for user in page.users]
        cursor = page.next
        if cursor is None:
            break
    assert sorted(seen) == ["ann", "bob", "cy", "john"] and pages >= 2, (seen, pages)
    print("list: %d users in %d pages" % (len(seen), pages))

    print("409:", expect_error(ConflictException, 409, "ConflictError",
                               lambda: api.create_user(User(username="john", email="other@example.com"))))
    print("400:", expect_error(BadRequestException, 400, "BadRequestError", lambda: api.get_user("Not Valid!")))

    api.delete_user("john")
    print("delete: 204")
    print("404:", expect_error(NotFoundException, 404, "NotFoundError", lambda: api.get_user("john")))


if __name__ == "__main__":
    main(sys.argv[1])
