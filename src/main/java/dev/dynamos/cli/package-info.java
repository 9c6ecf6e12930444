/**
 * The picocli command line: parses options, loads inputs through the domain packages, prints
 * results on stdout and maps errors to exit codes. Owns no computation of its own.
 */
package dev.dynamos.cli;
