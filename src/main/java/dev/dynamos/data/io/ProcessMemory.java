package dev.dynamos.data.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads this process's resident memory ({@code /proc/self/status}, Linux only) and CPU time. */
final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ProcessMemory() {}

    /** Returns the current resident set size in bytes (VmRSS), or -1 when unavailable. */
    static long residentBytes() {
        return field("VmRSS:");
    }

    /** Returns the peak resident set size in bytes (VmHWM), or -1 when unavailable. */
    static long peakResidentBytes() {
        return field("VmHWM:");
    }

    /** Resets the peak resident size to the current one; returns whether the kernel allowed it. */
    static boolean resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Returns the CPU time of the whole process (every thread, native ones included) in ns. */
    static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean bean =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (bean instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long field(String name) {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            for (String line : lines) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
            return -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
