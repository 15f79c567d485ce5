/**
 * The users service's infrastructure in CDK (Java): the {@code WebApi} stack of the Chalice and CDK walkthrough,
 * with the table and the role made here and the app brought in by {@link dev.goblet.cdk.GobletApp}.
 */
package dev.goblet.example.users.infra;
