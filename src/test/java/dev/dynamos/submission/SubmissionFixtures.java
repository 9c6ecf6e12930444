package dev.dynamos.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Live ids and submission files for the submission tests. */
final class SubmissionFixtures {

    static final long SEED = 20240607L;

    private SubmissionFixtures() {}

    /** Returns {@code count} distinct random ids of nine lower-case letters, seeded. */
    static List<String> randomIds(int count, Random random) {
        Set<String> ids = new LinkedHashSet<>();
        while (ids.size() < count) {
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                id.append((char) ('a' + random.nextInt(26)));
            }
            ids.add(id.toString());
        }
        return new ArrayList<>(ids);
    }

    /** Returns one valid line per id ({@code id,value}) with distinct values in (0, 1). */
    static List<String> validLines(List<String> ids) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            lines.add(ids.get(i) + "," + (i + 0.5) / ids.size());
        }
        return lines;
    }

    /** Writes a header line (when not null) and the lines to a file. */
    static Path write(Path dir, String name, String header, List<String> lines) {
        List<String> all = new ArrayList<>();
        if (header != null) {
            all.add(header);
        }
        all.addAll(lines);
        try {
            return Files.write(dir.resolve(name), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
