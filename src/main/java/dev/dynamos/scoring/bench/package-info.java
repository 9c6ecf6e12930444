/**
 * The scoring benchmark: synthetic Numerai-shaped eras scored by dynamos and, side by side, by a
 * plain reference implementation written the straightforward way (boxed lists, a normal quantile
 * per value, a pseudo-inverse per era), with the largest difference between the two.
 */
package dev.dynamos.scoring.bench;
