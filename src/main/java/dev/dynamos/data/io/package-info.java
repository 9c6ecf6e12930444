/**
 * Reading and writing era data in Numerai's layout: version folders of {@code train}, {@code
 * validation} and {@code live} Parquet or CSV files plus {@code features.json}, through DuckDB.
 * Owns file formats, column selection and input validation; owns no statistics and no models.
 */
package dev.dynamos.data.io;
