/** The app the construct's tests include: compiled by Goblet's processor, which writes its template. */
package dev.goblet.cdk.sample;
