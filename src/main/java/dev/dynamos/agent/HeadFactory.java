package dev.dynamos.agent;

import dev.dynamos.heads.Head;

/**
 * Creates a fresh, unfitted head for each mask the agent evaluates. Every head it returns must be
 * configured identically (same booster seed and parameters), so that competing masks differ only in
 * their features.
 */
@FunctionalInterface
public interface HeadFactory {

    /** Returns a new unfitted head; the caller closes it. */
    Head newHead();
}
