package dev.dynamos.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamos.agent.AgentConfig;
import dev.dynamos.heads.Device;
import dev.dynamos.heads.MlpParams;
import java.util.Map;
import java.util.Objects;

/**
 * A comparison as written in {@code configs/compare-<name>.yaml}: the data, the booster every
 * booster row shares, Numerai's standard booster, the MLP head, the agent and the run settings.
 * Read by {@link RunConfigs#read(java.nio.file.Path, Class)}; snake_case keys except inside {@code
 * agent}, whose keys are the {@link AgentConfig} field names.
 *
 * @param name run name, the folder under {@code experiments/}
 * @param data what to load
 * @param booster the booster of every booster row (static, windowed, masked)
 * @param standard Numerai's standard booster, fitted once on all training eras
 * @param mlp the MLP head's parameters (its seed and threads are replaced by the run's)
 * @param agent the agent's settings as {@link AgentConfig} keys; absent keys take defaults
 * @param inSampleEras number of training eras, evenly spaced, scored for in-sample CORR
 * @param device cpu, cuda or auto
 * @param seed seed of the boosters, the MLP and the random-mask control
 * @param threads native threads for boosters and ND4J, at least 1
 */
public record CompareConfig(
        String name,
        RunConfig.DataOptions data,
        RunConfig.HeadOptions booster,
        RunConfig.HeadOptions standard,
        MlpParams mlp,
        Map<String, Object> agent,
        int inSampleEras,
        Device device,
        long seed,
        int threads) {

    /** Compact constructor: rejects missing sections and bad values by name. */
    public CompareConfig {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(
                    "name must use letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(booster, "booster");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(mlp, "mlp");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(device, "device");
        if (inSampleEras < 1) {
            throw new IllegalArgumentException("in_sample_eras must be >= 1, got " + inSampleEras);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Returns a copy that reads data from another path. */
    public CompareConfig withDataPath(String path) {
        return new CompareConfig(
                name,
                data.withPath(path),
                booster,
                standard,
                mlp,
                agent,
                inSampleEras,
                device,
                seed,
                threads);
    }

    /** Returns a copy with another run name. */
    public CompareConfig withName(String other) {
        return new CompareConfig(
                other, data, booster, standard, mlp, agent, inSampleEras, device, seed, threads);
    }

    /**
     * Returns the agent's settings; absent keys take their defaults.
     *
     * @throws dev.dynamos.common.BadInputException when a key is unknown or a value invalid
     */
    public AgentConfig agentConfig() {
        return agentConfig("comparison " + name);
    }

    /**
     * Returns the agent section as an {@link AgentConfig}, naming {@code source} (such as the
     * config file) in errors.
     *
     * @param source where the config came from
     * @return the agent config
     * @throws dev.dynamos.common.BadInputException when a key is unknown or a value is invalid
     */
    public AgentConfig agentConfig(String source) {
        try {
            return AgentConfig.fromYaml(
                    new ObjectMapper().writeValueAsString(agent), source + ", section agent");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot convert the agent section", e);
        }
    }

    /** Returns the MLP parameters with the run's seed and threads. */
    public MlpParams seededMlp() {
        return new MlpParams(
                mlp.hiddenLayers(),
                mlp.activation(),
                mlp.dropout(),
                mlp.learningRate(),
                mlp.batchSize(),
                mlp.epochs(),
                mlp.patience(),
                mlp.weightDecay(),
                seed,
                threads);
    }
}
