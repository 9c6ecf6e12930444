/**
 * The Dynamos agent: per-era feature tokens, the attention policy that turns them into keep
 * probabilities, the REINFORCE trainer that rewards masks by a booster's held-out era correlation,
 * its replay buffer and checkpoints, and dynamic per-era selection at inference. Owns no booster
 * and no scoring of its own: heads come from {@link dev.dynamos.heads}, rewards through {@link
 * dev.dynamos.agent.EraScore}.
 */
package dev.dynamos.agent;
