package dev.dynamos.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static final double SHARE_TOLERANCE = 0.05;

    private static ReplayEntry entry(int era) {
        FeatureTokens tokens = new FeatureTokens(era, 2, 1, new float[] {era, 1});
        return new ReplayEntry(
                era, tokens, new float[] {0.5f, -1}, new float[] {1, 0}, 0.01, new float[] {era});
    }

    @Test
    void reservoirKeepsEarlyAndLateEntriesAlike() {
        int trials = 400;
        int early = 0;
        int late = 0;
        for (int trial = 0; trial < trials; trial++) {
            ReplayBuffer buffer = new ReplayBuffer(10);
            Random random = new Random(trial);
            for (int era = 0; era < 100; era++) {
                buffer.offer(entry(era), random);
            }
            for (ReplayEntry held : buffer.entries()) {
                early += held.era() < 50 ? 1 : 0;
                late += held.era() >= 50 ? 1 : 0;
            }
        }
        double earlyShare = early / (double) (early + late);
        assertThat(earlyShare).isCloseTo(0.5, org.assertj.core.data.Offset.offset(SHARE_TOLERANCE));
    }

    @Test
    void bufferSurvivesAWriteAndReadRoundTrip() throws IOException {
        ReplayBuffer buffer = new ReplayBuffer(3);
        Random random = new Random(1);
        for (int era = 0; era < 5; era++) {
            buffer.offer(entry(era), random);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        buffer.write(new DataOutputStream(bytes));

        ReplayBuffer read =
                ReplayBuffer.read(
                        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read.offered()).isEqualTo(5);
        assertThat(read.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(read.entries().get(i).era()).isEqualTo(buffer.entries().get(i).era());
            assertThat(read.entries().get(i).tokens().values())
                    .containsExactly(buffer.entries().get(i).tokens().values());
        }
    }
}
