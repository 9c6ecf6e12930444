/**
 * Tournament submissions: ranking predictions per era into (0, 1), writing the {@code
 * id,prediction} CSV atomically, reading the live ids a submission must cover and validating a
 * submission file against Numerai's rules. Owns no model training or scoring.
 */
package dev.dynamos.submission;
