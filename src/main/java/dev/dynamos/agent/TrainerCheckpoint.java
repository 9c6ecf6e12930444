package dev.dynamos.agent;

import dev.dynamos.common.AtomicOutput;
import dev.dynamos.common.BadInputException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes and reads the trainer's checkpoints: one folder {@code step-NNNNNN} per checkpoint,
 * holding {@code config.yaml}, {@code state.bin} (step, parameters, Adam state, warm-up CORRs),
 * {@code random.bin} (the generator, Java-serialised) and {@code buffer.bin} (the replay buffer).
 * Each folder is written under a temporary name and renamed into place when complete.
 */
public final class TrainerCheckpoint {

    private static final String PREFIX = "step-";

    private TrainerCheckpoint() {}

    /**
     * Everything needed to continue training exactly.
     *
     * @param config the run's config
     * @param step steps done
     * @param parameters the policy's parameters, flat
     * @param adam Adam's state
     * @param random the generator, at its current state
     * @param buffer the replay buffer
     * @param allFeatureCorr per era index, the all-features CORR from warm-up (NaN when unknown)
     */
    public record State(
            AgentConfig config,
            int step,
            double[] parameters,
            AttentionPolicy.AdamSnapshot adam,
            Random random,
            ReplayBuffer buffer,
            double[] allFeatureCorr) {}

    /**
     * Writes a checkpoint into {@code folder/step-NNNNNN}, replacing one of the same step.
     *
     * @param folder the checkpoint folder
     * @param state the state to save
     * @return the checkpoint's path
     */
    public static Path write(Path folder, State state) {
        Path destination = folder.resolve(String.format("%s%06d", PREFIX, state.step()));
        Path temporary = AtomicOutput.prepare(destination, true);
        try {
            Files.createDirectories(temporary);
            Files.writeString(temporary.resolve("config.yaml"), state.config().toYaml());
            writeState(temporary.resolve("state.bin"), state);
            try (ObjectOutputStream out =
                    new ObjectOutputStream(
                            Files.newOutputStream(temporary.resolve("random.bin")))) {
                out.writeObject(state.random());
            }
            try (DataOutputStream out = dataOut(temporary.resolve("buffer.bin"))) {
                state.buffer().write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + destination, e);
        }
        AtomicOutput.commit(temporary, destination);
        return destination;
    }

    private static void writeState(Path file, State state) throws IOException {
        try (DataOutputStream out = dataOut(file)) {
            out.writeInt(state.step());
            writeDoubles(out, state.parameters());
            writeDoubles(out, state.adam().state());
            out.writeInt(state.adam().iteration());
            writeDoubles(out, state.allFeatureCorr());
        }
    }

    /**
     * Returns the checkpoint with the highest step in a folder, if any.
     *
     * @param folder the checkpoint folder
     */
    public static Optional<Path> latest(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d{6}"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * Reads the latest checkpoint of a folder.
     *
     * @param folder the checkpoint folder
     * @throws BadInputException when the folder holds no checkpoint or it cannot be read
     */
    public static State readLatest(Path folder) {
        Path checkpoint =
                latest(folder)
                        .orElseThrow(
                                () ->
                                        new BadInputException(
                                                "no_checkpoint",
                                                folder
                                                        + " holds no step-NNNNNN checkpoint;"
                                                        + " train with a checkpoint folder"
                                                        + " first"));
        try {
            return read(checkpoint);
        } catch (IOException | ClassNotFoundException e) {
            throw new BadInputException(
                    "bad_checkpoint", "cannot read checkpoint " + checkpoint + ": " + e);
        }
    }

    private static State read(Path checkpoint) throws IOException, ClassNotFoundException {
        AgentConfig config = AgentConfig.fromYaml(checkpoint.resolve("config.yaml"));
        Random random;
        try (ObjectInputStream in =
                new ObjectInputStream(Files.newInputStream(checkpoint.resolve("random.bin")))) {
            random = (Random) in.readObject();
        }
        ReplayBuffer buffer;
        try (DataInputStream in = dataIn(checkpoint.resolve("buffer.bin"))) {
            buffer = ReplayBuffer.read(in);
        }
        try (DataInputStream in = dataIn(checkpoint.resolve("state.bin"))) {
            int step = in.readInt();
            double[] parameters = readDoubles(in);
            double[] adamState = readDoubles(in);
            AttentionPolicy.AdamSnapshot adam =
                    new AttentionPolicy.AdamSnapshot(adamState, in.readInt());
            return new State(config, step, parameters, adam, random, buffer, readDoubles(in));
        }
    }

    private static DataOutputStream dataOut(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
    }

    private static DataInputStream dataIn(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] values = new double[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }
}
