package io.newsstream.app.lag;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A stage's status over its last measurements, as Burrow judges consumers: ABSENT when its group has neither
 * members nor offsets; STOP when it has offsets but no members (the stage is down, whatever its lag); STALL when it has members and lag but its committed offsets did not
 * move over the window; WARN when its lag grew at every measurement of the window; OK otherwise.
 */
public final class StageHealth {
    /** ABSENT: the group has neither members nor offsets (a stage never deployed here); not a failure. */
    public enum Status { OK, WARN, STALL, STOP, ABSENT }

    private final int window;
    private final Deque<StageLag> recent = new ArrayDeque<>();

    /** @param window how many measurements a judgement looks at (at least 2) */
    public StageHealth(int window) {
        this.window = Math.max(2, window);
    }

    public Status add(StageLag lag) {
        recent.addLast(lag);
        while (recent.size() > window) {
            recent.removeFirst();
        }
        return status();
    }

    public Status status() {
        StageLag last = recent.peekLast();
        if (last == null) {
            return Status.OK;
        }
        if (last.members() == 0) {
            return last.partitions().isEmpty() ? Status.ABSENT : Status.STOP;
        }
        if (recent.size() < window) {
            return Status.OK;
        }
        List<StageLag> seen = List.copyOf(recent);
        StageLag first = seen.get(0);
        if (last.records() > 0 && seen.stream().allMatch(l -> l.committedSum() == first.committedSum())) {
            return Status.STALL;
        }
        boolean growing = true;
        for (int i = 1; i < seen.size(); i++) {
            growing &= seen.get(i).records() > seen.get(i - 1).records();
        }
        return growing ? Status.WARN : Status.OK;
    }
}
