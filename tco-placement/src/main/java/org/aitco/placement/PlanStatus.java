package org.aitco.placement;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/** How good a plan is: optimal within the requested gap, feasible with its gap, or infeasible with a reason. */
public sealed interface PlanStatus {

    /** The solve time. */
    Duration time();

    /** The plan costs at most the requested relative gap more than the proven lower bound. */
    record Optimal(double relativeGap, Duration time) implements PlanStatus {
        public Optimal {
            Objects.requireNonNull(time, "time");
        }

        @Override
        public String toString() {
            return "OPTIMAL (gap %.4f %%, %.1f s)".formatted(relativeGap * 100, time.toMillis() / 1000.0);
        }
    }

    /**
     * A plan that satisfies every constraint, whose distance from the optimum is {@code relativeGap} at most, or
     * unknown when no lower bound could be proven in time.
     */
    record Feasible(OptionalDouble relativeGap, Duration time) implements PlanStatus {
        public Feasible {
            Objects.requireNonNull(relativeGap, "relativeGap");
            Objects.requireNonNull(time, "time");
        }

        @Override
        public String toString() {
            return "FEASIBLE (gap %s, %.1f s)".formatted(relativeGap.isPresent()
                    ? "%.3f %%".formatted(relativeGap.getAsDouble() * 100) : "unknown", time.toMillis() / 1000.0);
        }
    }

    /** No plan satisfies the constraints; {@code reason} says what to change. */
    record Infeasible(String reason, Duration time) implements PlanStatus {
        public Infeasible {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(time, "time");
        }

        @Override
        public String toString() {
            return "INFEASIBLE: " + reason;
        }
    }
}
