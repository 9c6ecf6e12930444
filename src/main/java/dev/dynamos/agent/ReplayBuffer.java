package dev.dynamos.agent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reservoir of remembered eras (Dynamos' memory buffer): every offered entry has the same chance
 * capacity / offered of being held, whatever its arrival order. Randomness comes from the caller's
 * generator, so the buffer is deterministic for a seed.
 */
public final class ReplayBuffer {

    private final int capacity;
    private final List<ReplayEntry> entries = new ArrayList<>();
    private long offered;

    /**
     * Creates an empty buffer.
     *
     * @param capacity the most entries held, >= 0 (0 disables replay)
     */
    public ReplayBuffer(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Offers an entry: held while the buffer has room, afterwards replacing a random entry with
     * probability capacity / offered (reservoir sampling, Vitter's algorithm R).
     *
     * @param entry the era to remember
     * @param random the generator
     */
    public void offer(ReplayEntry entry, Random random) {
        offered++;
        if (capacity == 0) {
            return;
        }
        if (entries.size() < capacity) {
            entries.add(entry);
            return;
        }
        long slot = (long) (random.nextDouble() * offered);
        if (slot < capacity) {
            entries.set((int) slot, entry);
        }
    }

    /**
     * Returns up to {@code count} distinct entries drawn uniformly.
     *
     * @param count entries wanted
     * @param random the generator
     */
    public List<ReplayEntry> sample(int count, Random random) {
        List<ReplayEntry> pool = new ArrayList<>(entries);
        List<ReplayEntry> chosen = new ArrayList<>();
        while (chosen.size() < count && !pool.isEmpty()) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    /** Returns the number of entries held. */
    public int size() {
        return entries.size();
    }

    /** Returns the number of entries offered so far. */
    public long offered() {
        return offered;
    }

    /** Returns the held entries (a copy of the list). */
    public List<ReplayEntry> entries() {
        return List.copyOf(entries);
    }

    /** Writes the buffer to a stream. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(capacity);
        out.writeLong(offered);
        out.writeInt(entries.size());
        for (ReplayEntry entry : entries) {
            out.writeInt(entry.era());
            out.writeInt(entry.tokens().featureCount());
            out.writeInt(entry.tokens().dim());
            writeFloats(out, entry.tokens().values());
            writeFloats(out, entry.logits());
            writeFloats(out, entry.mask());
            out.writeDouble(entry.reward());
            writeFloats(out, entry.predictions());
        }
    }

    /** Reads a buffer written by {@link #write}. */
    public static ReplayBuffer read(DataInputStream in) throws IOException {
        ReplayBuffer buffer = new ReplayBuffer(in.readInt());
        buffer.offered = in.readLong();
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            int era = in.readInt();
            int features = in.readInt();
            int dim = in.readInt();
            FeatureTokens tokens = new FeatureTokens(era, features, dim, readFloats(in));
            float[] logits = readFloats(in);
            float[] mask = readFloats(in);
            double reward = in.readDouble();
            buffer.entries.add(new ReplayEntry(era, tokens, logits, mask, reward, readFloats(in)));
        }
        return buffer;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
