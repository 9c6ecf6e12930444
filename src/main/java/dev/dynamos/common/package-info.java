/**
 * Small pieces shared by every domain package: the bad-input exception that maps to exit code 2 and
 * atomic output writing. Owns no domain logic.
 */
package dev.dynamos.common;
