package dev.dynamos.heads;

import java.util.Locale;

/** Where a booster trains: the CPU, an NVIDIA GPU through CUDA, or whichever is available. */
public enum Device {
    CPU,
    CUDA,
    AUTO;

    /** Returns the lower-case name used in configs and library parameters. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a config value.
     *
     * @param value {@code cpu}, {@code cuda} or {@code auto}
     * @return the device
     * @throws IllegalArgumentException for any other value
     */
    public static Device parse(String value) {
        for (Device device : values()) {
            if (device.label().equals(value)) {
                return device;
            }
        }
        throw new IllegalArgumentException(
                "device must be one of cpu, cuda, auto, got '" + value + "'");
    }
}
