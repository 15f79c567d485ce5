/**
 * SnapStart priming of Goblet's generated entry points through the CRaC API. Used by generated code; see
 * {@code docs/performance.md} for the contract.
 */
package dev.goblet.snapstart;
