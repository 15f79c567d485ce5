/**
 * Goblet apps in CDK (Java) stacks: {@link dev.goblet.cdk.GobletApp} includes an app's generated SAM template and
 * Lambda zip and applies a {@link dev.goblet.cdk.StageConfig} given in Java with Chalice's keys, as
 * {@code cdk_chalice.Chalice} does for a Chalice app.
 */
package dev.goblet.cdk;
