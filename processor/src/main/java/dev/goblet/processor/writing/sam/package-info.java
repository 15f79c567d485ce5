/**
 * The AWS SAM templates of an app: {@code sam.yaml} from the top-level settings and {@code sam-<stage>.yaml} per
 * configured stage, each ready for {@code sam deploy} or CDK's {@code CfnInclude}. Resource and output names follow
 * Chalice's, so scripts written for Chalice's templates keep working.
 */
package dev.goblet.processor.writing.sam;
