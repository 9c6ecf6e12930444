/**
 * Reading id-keyed prediction columns (predictions, meta model, benchmark models) from CSV or
 * Parquet files through DuckDB. Owns no scoring and no Numerai data tables.
 */
package dev.dynamos.scoring.io;
