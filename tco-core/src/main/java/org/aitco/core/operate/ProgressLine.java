package org.aitco.core.operate;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A progress line for a large file, rewritten in place ({@code \r}) at most twice a second: rows, MB/s and time
 * left, estimated from the bytes read of the file's size. Silent for files of 8 MB or less.
 */
final class ProgressLine implements FocusStream.Progress {
    static final long MIN_BYTES = 8L << 20;
    private final PrintStream out;
    private final String name;
    private final long size;
    private final long startNanos = System.nanoTime();
    private long lastNanos;
    private boolean printed;

    ProgressLine(PrintStream out, Path file) {
        this.out = out;
        this.name = String.valueOf(file.getFileName());
        long s;
        try {
            s = Files.size(file);
        } catch (java.io.IOException e) {
            s = 0;
        }
        this.size = s;
    }

    @Override
    public void update(long bytesRead, long rows, boolean done) {
        if (size <= MIN_BYTES) {
            return;
        }
        long now = System.nanoTime();
        if (!done && now - lastNanos < 500_000_000L) {
            return;
        }
        lastNanos = now;
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        double mbPerSecond = bytesRead / 1e6 / seconds;
        double left = bytesRead <= 0 ? 0 : seconds * (size - bytesRead) / bytesRead;
        String line = String.format(Locale.ROOT, "%s: %,d rows, %.0f MB/s, %s", name, rows, mbPerSecond,
                done ? String.format(Locale.ROOT, "done in %.1f s", seconds)
                        : String.format(Locale.ROOT, "%.0f s left", Math.max(0, left)));
        out.print("\r" + line + "   ");
        printed = true;
        if (done && printed) {
            out.println();
        }
        out.flush();
    }
}
