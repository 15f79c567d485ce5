/**
 * The users service of the Chalice and CDK walkthrough, built on Goblet: {@link dev.goblet.example.users.UsersApi}
 * holds the routes, {@link dev.goblet.example.users.UserStore} the storage, and the processor generates the
 * Lambda entry point {@code WebApiHandler} from them.
 */
package dev.goblet.example.users;
