package dev.dynamos.heads;

import dev.dynamos.common.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates booster heads from a kind and parameters, and loads saved models by file extension. */
public final class Heads {

    private static final Logger LOG = LoggerFactory.getLogger(Heads.class);
    private static final Path NVIDIA_DEVICE = Path.of("/dev/nvidia0");

    private Heads() {}

    /**
     * Creates an unfitted head, resolving {@code device: auto} first.
     *
     * @param kind the booster library
     * @param params hyperparameters
     * @return a head to fit; close it when done
     * @throws BadInputException when the device cannot be used with this kind or machine
     */
    public static Head create(HeadKind kind, BoosterParams params) {
        Objects.requireNonNull(kind, "kind");
        BoosterParams resolved = params.withDevice(resolveDevice(kind, params.device()));
        return switch (kind) {
            case XGBOOST -> new XGBoostHead(resolved);
            case LIGHTGBM -> new LightGbmHead(resolved);
        };
    }

    /**
     * Loads a saved model: {@code .json} or {@code .ubj} as XGBoost, {@code .txt} as LightGBM.
     *
     * @param file the model file
     * @return a fitted head; close it when done
     * @throws BadInputException when the file is missing or its extension is unknown
     */
    public static Head load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("missing_file", "model file " + file + " does not exist");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".ubj")) {
            return XGBoostHead.load(file);
        }
        if (name.endsWith(".txt")) {
            return LightGbmHead.load(file);
        }
        throw new BadInputException(
                "unknown_model_format",
                "model file "
                        + file
                        + " has an unknown extension; expected .json or .ubj (XGBoost) or .txt"
                        + " (LightGBM)");
    }

    /**
     * Resolves the requested device for a booster on this machine.
     *
     * <p>{@code cuda} needs XGBoost and an NVIDIA device; {@code auto} picks cuda for XGBoost when
     * a GPU is present and otherwise falls back to the CPU with a warning. The standard XGBoost jar
     * has no CUDA support: with it XGBoost warns and trains on the CPU even for cuda; build with
     * {@code -Pgpu} to train on the GPU.
     *
     * @param kind the booster library
     * @param requested the configured device
     * @return {@link Device#CPU} or {@link Device#CUDA}
     * @throws BadInputException for cuda with LightGBM or on a machine without a GPU
     */
    public static Device resolveDevice(HeadKind kind, Device requested) {
        boolean gpu = gpuPresent();
        if (requested == Device.CUDA && kind == HeadKind.LIGHTGBM) {
            throw new BadInputException(
                    "unsupported_device",
                    "device cuda is not available for lightgbm (its packaged library is"
                            + " cpu-only); use device: cpu, or head: xgboost for the gpu");
        }
        if (requested == Device.CUDA && !gpu) {
            throw new BadInputException(
                    "no_gpu",
                    "device cuda requested but no NVIDIA GPU was found ("
                            + NVIDIA_DEVICE
                            + " is absent); use device: cpu or device: auto");
        }
        if (requested != Device.AUTO) {
            return requested;
        }
        if (gpu && kind == HeadKind.XGBOOST) {
            return Device.CUDA;
        }
        LOG.warn(
                "device auto: training {} on the cpu ({}); set device: cpu to silence this",
                kind.label(),
                gpu ? "lightgbm has no gpu build here" : "no NVIDIA GPU found");
        return Device.CPU;
    }

    /** Returns whether an NVIDIA device node exists on this machine. */
    public static boolean gpuPresent() {
        return Files.exists(NVIDIA_DEVICE);
    }
}
