package org.aitco.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aitco.core.operate.Chargeback;
import org.aitco.core.risk.RiskOptions;
import org.aitco.placement.PlacementOptions;

/**
 * What {@code place}, {@code risk} and {@code chargeback} are doing, as one line on stderr rewritten in place
 * ({@code \r}) twice a second: the stage, the best plan so far and its gap, the draws done, the rows and megabytes
 * of a FOCUS file read, the time spent and left. The one progress display of the command line: only on a terminal
 * ({@link #onTerminal()}); {@code --quiet} turns it off; the line is erased when the work is done, so nothing of it
 * stays on the screen above the result, and nothing of it goes into a file or a pipe.
 */
final class ProgressDisplay implements AutoCloseable, PlacementOptions.Progress, RiskOptions.Progress,
        Chargeback.Progress {
    private final PrintStream err;
    private final String command;
    private final String currency;
    private final Duration limit;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile String stage = "preparing";
    private volatile double best = Double.NaN;
    private volatile double bound = Double.NaN;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    /** What {@link #done} and {@link #total} count, "" for steps ("250 of 1,000"), " MB" for a file. */
    private volatile String unit = "";
    /** Rows read of the file being read, -1 when no file is. */
    private volatile long rows = -1;
    /** When the current stage began: the time left is estimated from its pace. */
    private volatile long stageStart = start;
    private int shown;
    private boolean closed;

    private ProgressDisplay(PrintStream err, String command, String currency, Duration limit) {
        this.err = err;
        this.command = command;
        this.currency = currency;
        this.limit = limit;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "aitco-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::render, 500, 500, TimeUnit.MILLISECONDS);
    }

    /**
     * A display for {@code command} on {@code err}, or null when there is none to show: {@code quiet}, or stderr
     * is not a terminal.
     *
     * @param limit the time limit of the work, or null when it has none (time left is then estimated)
     */
    static ProgressDisplay open(PrintStream err, boolean quiet, String command, String currency, Duration limit) {
        return quiet || !onTerminal() ? null : on(err, command, currency, limit);
    }

    /**
     * Whether stderr is a terminal: where the system says ({@code /proc/self/fd/2} on Linux), standard error is a
     * terminal device, not a file or a pipe; elsewhere, there is a console (stdin and stdout are terminals).
     */
    static boolean onTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
        return System.console() != null;
    }

    /** A display that shows whatever stderr is (for tests: {@link #open} checks the terminal). */
    static ProgressDisplay on(PrintStream err, String command, String currency, Duration limit) {
        return new ProgressDisplay(err, command, currency, limit);
    }

    @Override
    public void update(String stage, double bestCost, double lowerBound) {
        this.stage = stage;
        this.best = bestCost;
        this.bound = lowerBound;
    }

    @Override
    public void update(String stage, long done, long total) {
        if (!stage.equals(this.stage)) {
            this.stage = stage;
            this.done.set(0);
            this.stageStart = System.nanoTime();
        }
        this.total = total;
        this.done.accumulateAndGet(done, Math::max);
    }

    /** A FOCUS file being read: its rows, and megabytes read of its size. */
    @Override
    public void update(String file, long bytesRead, long bytesTotal, long rows, boolean done) {
        this.unit = " MB";
        this.rows = rows;
        update("reading " + file, bytesRead >> 20, bytesTotal >> 20);
    }

    /** The line as it is now. */
    String line() {
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder b = new StringBuilder(command).append(": ").append(stage);
        if (!Double.isNaN(best)) {
            b.append(String.format(Locale.ROOT, ", best plan %,.0f %s", best, currency));
            if (Double.isFinite(bound) && best > 0) {
                b.append(String.format(Locale.ROOT, ", gap %.2f %%", 100 * Math.max(0, (best - bound) / best)));
            }
        }
        long n = done.get();
        if (rows >= 0) {
            b.append(String.format(Locale.ROOT, ", %,d rows", rows));
        }
        if (total > 0) {
            b.append(String.format(Locale.ROOT, ", %,d of %,d%s", n, total, unit));
        }
        double inStage = Math.max(1e-3, (System.nanoTime() - stageStart) / 1e9);
        if (!unit.isEmpty()) {
            b.append(String.format(Locale.ROOT, ", %.0f%s/s", n / inStage, unit));
        }
        b.append(String.format(Locale.ROOT, ", %.0f s", seconds));
        if (limit != null) {
            double l = limit.toMillis() / 1e3;
            b.append(seconds < l ? String.format(Locale.ROOT, ", %.0f s left of the %.0f s limit", l - seconds, l)
                    : String.format(Locale.ROOT, ", past the %.0f s limit, finishing", l));
        } else if (total > 0 && n > 0 && n < total) {
            b.append(String.format(Locale.ROOT, ", about %.0f s left", inStage * (total - n) / n));
        }
        return b.toString();
    }

    private synchronized void render() {
        if (closed) {
            return;
        }
        String line = line();
        if (line.length() > 119) {
            line = line.substring(0, 119);
        }
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
    }

    /** Stops the display and erases its line. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        timer.shutdownNow();
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
        }
    }
}
