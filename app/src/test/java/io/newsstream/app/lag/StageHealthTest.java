package io.newsstream.app.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageHealthTest {
    private static final Stage SINK = new Stage("sink", "newsstream-sink");

    private static StageLag lag(long committed, long end, int members) {
        return new StageLag(SINK, List.of(new PartitionLag("articles.enriched", 0, committed, end, end - committed,
                end > committed ? 30 : 0)), members, "STABLE", 0);
    }

    @Test
    void aGroupWithoutMembersIsStoppedWhateverItsLag() {
        StageHealth health = new StageHealth(3);
        assertThat(health.add(lag(100, 100, 0))).isEqualTo(StageHealth.Status.STOP);
    }

    @Test
    void membersWithLagAndCommittedOffsetsThatDoNotMoveAreStalled() {
        StageHealth health = new StageHealth(3);
        health.add(lag(10, 50, 1));
        health.add(lag(10, 50, 1));
        assertThat(health.add(lag(10, 60, 1))).isEqualTo(StageHealth.Status.STALL);
    }

    @Test
    void lagGrowingAtEveryMeasurementWarnsWhileProgressIsMade() {
        StageHealth health = new StageHealth(3);
        health.add(lag(10, 50, 1));
        health.add(lag(20, 70, 1));
        assertThat(health.add(lag(30, 90, 1))).isEqualTo(StageHealth.Status.WARN);
        assertThat(health.add(lag(80, 100, 1))).as("the lag shrank").isEqualTo(StageHealth.Status.OK);
    }

    @Test
    void aCaughtUpStageIsOkAndTheFirstMeasurementsAreNotJudgedForProgress() {
        StageHealth health = new StageHealth(3);
        assertThat(health.add(lag(10, 50, 1))).isEqualTo(StageHealth.Status.OK);
        health.add(lag(50, 50, 1));
        assertThat(health.add(lag(50, 50, 1))).isEqualTo(StageHealth.Status.OK);
    }

    @Test
    void aGroupWithNeitherMembersNorOffsetsIsAbsentNotStopped() {
        StageHealth health = new StageHealth(3);
        assertThat(health.add(new StageLag(SINK, List.of(), 0, "DEAD", 0))).isEqualTo(StageHealth.Status.ABSENT);
    }
}
