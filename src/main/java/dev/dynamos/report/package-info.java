/**
 * Self-contained HTML reports: charts drawn headless (XChart, or java.awt where XChart draws
 * poorly) and embedded as PNG data URIs, tables as HTML, and the standard training report built
 * from plain arrays and maps. Owns no training, scoring or data loading; callers pass numbers in.
 */
package dev.dynamos.report;
