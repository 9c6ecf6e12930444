package dev.dynamos.heads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class XGBoostHeadTest extends BoosterHeadContract {

    @Override
    Head newHead(BoosterParams params) {
        return new XGBoostHead(params);
    }

    @Override
    String modelFileName() {
        return "model.json";
    }

    @Test
    void earlyStoppingKeepsOnlyTheBestRounds() {
        BoosterParams many = SMALL.withNumTrees(400);
        EraSlice train = EraSlice.allFeatures(TABLE, SyntheticTables.range(0, 16));
        EraSlice stop = EraSlice.allFeatures(TABLE, SyntheticTables.range(20, 24));
        try (XGBoostHead head = new XGBoostHead(many)) {
            head.fit(train, "target", Optional.of(stop));
            assertThat(head.usedRounds()).isBetween(1, 399);
        }
    }
}
