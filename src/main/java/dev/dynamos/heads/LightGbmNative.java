package dev.dynamos.heads;

import io.github.metarank.lightgbm4j.LGBMBooster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads LightGBM's native libraries from a folder private to this process.
 *
 * <p>lightgbm4j extracts its libraries to {@code java.io.tmpdir} under fixed names and overwrites
 * them on every start, so a second JVM starting LightGBM (a test run beside a training run)
 * rewrites a library that the first has mapped, which kills the first with SIGBUS. Extracting into
 * a fresh folder per process avoids that.
 */
final class LightGbmNative {

    private static final List<String> LIBRARIES =
            List.of("lib_lightgbm.so", "lib_lightgbm_swig.so");
    private static boolean loaded;

    private LightGbmNative() {}

    /** Loads the libraries once; later calls return at once. */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        String shared = System.getProperty("java.io.tmpdir");
        try {
            Path folder = Files.createTempDirectory("dynamos-lightgbm-");
            folder.toFile().deleteOnExit();
            for (String library : LIBRARIES) {
                folder.resolve(library).toFile().deleteOnExit();
            }
            System.setProperty("java.io.tmpdir", folder.toString());
            // Initialising the class runs lightgbm4j's extraction into the folder set above.
            if (!LGBMBooster.isNativeLoaded()) {
                throw new HeadException("lightgbm load", "native libraries did not load");
            }
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for LightGBM's libraries", e);
        } finally {
            System.setProperty("java.io.tmpdir", shared);
        }
    }
}
