package test.iamurl;

import dev.goblet.App;
import dev.goblet.Authorized;
import dev.goblet.Route;

/** A service other services call with SigV4: every route behind IAM, so its function URL is AWS_IAM. */
@App(name = "iam-url")
@Authorized(Authorized.IAM)
public class IamUrlApp {
    @Route(path = "/stats")
    public String stats() { return "0"; }
}
