/**
 * Era-structured Numerai data in memory ({@link dev.dynamos.data.EraTable}), feature sets, and (in
 * subpackages) reading, writing and generating it. Owns no scoring and no models.
 */
package dev.dynamos.data;
