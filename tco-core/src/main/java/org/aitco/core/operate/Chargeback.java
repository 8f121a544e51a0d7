package org.aitco.core.operate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Showback and chargeback of AI inference costs: cloud bills (FOCUS) and on-prem cost pools allocated to owners
 * exactly, idle capacity and shared costs included, with utilisation and recommendations.
 *
 * <pre>{@code
 * ChargebackReport report = Chargeback.builder()
 *         .config(Path.of("config.json"))
 *         .focus(Path.of("focus.csv"))            // files, folders or globs; gzip-compressed CSV too
 *         .onPremPools(Path.of("pools.json")).usage(Path.of("usage.csv"))
 *         .run();
 * System.out.println(report.toText());
 * }</pre>
 *
 * <p>The run is a pipeline: read, then aggregate, then allocate, then report. FOCUS rows are validated and summed
 * per {@link CloudCostKey} while they are read; nothing per row is kept. Rows can also come from memory
 * ({@link Builder#focusRows}) or already summed from elsewhere, for example Apache Spark
 * ({@link Builder#cloudCosts}); the allocation and the report are the same.
 *
 * <p>The rules (docs/chargeback.md has them in full): every amount is allocated in minor units with
 * {@link org.aitco.core.money.Allocation} and the allocations sum exactly to the inputs, each input rounded once;
 * the owner is the value of a configured tag key; rows without it go to {@value #UNALLOCATED}; idle capacity and
 * shared costs follow the configured policies, which the report states.
 */
public final class Chargeback {
    /** The owner of costs whose owner tag is missing. */
    public static final String UNALLOCATED = "unallocated";
    /** The line of idle capacity and unused commitments that no owner is charged for. */
    public static final String IDLE = "idle (not charged)";

    private Chargeback() {
    }

    /**
     * Receives how far the reading of a FOCUS file is, after every chunk of it: called from the reading thread, so
     * it must return quickly.
     */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param file       the file's name
         * @param bytesRead  bytes of the file read so far (of the compressed file, for gzip)
         * @param bytesTotal the file's size in bytes, 0 when it cannot be told
         * @param rows       rows read so far (line ends after the header's; a quoted line break counts too)
         * @param done       whether the file is read to its end
         */
        void update(String file, long bytesRead, long bytesTotal, long rows, boolean done);
    }

    /**
     * Reads the request's files, allocates every cost and returns the report.
     *
     * @throws ChargebackInputException if a file cannot be used (a mandatory column missing, mixed currencies
     *                                  without a rate, an invalid pool or configuration); bad rows are counted
     *                                  in the report instead
     */
    public static ChargebackReport run(ChargebackRequest request) {
        Objects.requireNonNull(request, "request");
        Builder b = builder();
        request.config().ifPresent(b::config);
        request.focusFiles().forEach(b::focus);
        request.onPremPools().ifPresent(b::onPremPools);
        request.usage().ifPresent(b::usage);
        request.utilisation().ifPresent(b::utilisation);
        return b.run();
    }

    /** A chargeback to build from files and from memory; {@link Builder#run()} computes it. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The inputs of one chargeback. Every input is optional, but a run needs cloud costs or on-prem pools. Inputs
     * are read when {@link #run()} is called, in the order given.
     */
    public static final class Builder {
        private Path config;
        private final List<Function<ChargebackConfig, List<CloudCosts>>> cloud = new ArrayList<>();
        private final List<Path> focusPaths = new ArrayList<>();
        private final List<String> readWarnings = new ArrayList<>();
        private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private FocusStream.Limits limits = FocusStream.Limits.DEFAULT;
        private Progress progress;
        private Path pools;
        private Path usage;
        private Path utilisation;
        private DuplicateRowPolicy duplicateRows = DuplicateRowPolicy.CHARGE_AND_WARN;
        /** The rows of this run's FOCUS files so far, while they are read. */
        private DuplicateRows seenRows;
        private boolean duplicateCheckStopped;

        private Builder() {
        }

        /** The policies file (JSON, see docs/chargeback.md); the defaults apply without one. */
        public Builder config(Path file) {
            config = Objects.requireNonNull(file, "config");
            return this;
        }

        /**
         * FOCUS CSV files: a file, a folder (its {@code *.csv}, {@code *.csv.gz} and {@code *.gz} files, in name
         * order, sub-folders included) or a glob such as {@code exports/2024-*.csv.gz}. A gzip-compressed file is
         * recognised by its first bytes. A file given twice, or with the same bytes as an earlier one, is read once
         * and the report says so.
         */
        public Builder focus(Path file) {
            Objects.requireNonNull(file, "focus");
            int index = focusPaths.size();
            focusPaths.add(file);
            cloud.add(c -> readFocus(index, c));
            return this;
        }

        /**
         * Threads that parse FOCUS files (default: the processors, at most 4); the report is the same for any
         * number.
         */
        public Builder threads(int count) {
            if (count < 1 || count > 256) {
                throw new IllegalArgumentException("threads (%d) must be between 1 and 256".formatted(count));
            }
            threads = count;
            return this;
        }

        /**
         * Limits of each FOCUS file: at most {@code maxBytes} bytes (after decompression; default 1 TiB) and
         * {@code maxRecordBytes} per record (default 8 MiB), so that an endless or binary stream stops with an
         * error naming the file and line.
         */
        public Builder focusLimits(long maxBytes, int maxRecordBytes) {
            limits = new FocusStream.Limits(maxBytes, maxRecordBytes, limits.chunkBytes());
            return this;
        }

        /**
         * What to do with a FOCUS row that repeats an earlier row of the run's files byte for byte (see
         * {@link DuplicateRowPolicy}; default {@link DuplicateRowPolicy#CHARGE_AND_WARN}).
         */
        public Builder duplicateRows(DuplicateRowPolicy policy) {
            duplicateRows = Objects.requireNonNull(policy, "duplicateRows");
            return this;
        }

        /** Chunks of {@code bytes} for the parsing threads (tests use small ones to get many chunks). */
        Builder chunkBytes(int bytes) {
            limits = new FocusStream.Limits(limits.maxBytes(), limits.maxRecordBytes(), bytes);
            return this;
        }

        /**
         * Who to tell how far the reading of each FOCUS file is (the command line shows it on stderr when that is a
         * terminal). Nobody by default.
         */
        public Builder progress(Progress listener) {
            progress = Objects.requireNonNull(listener, "progress");
            return this;
        }

        /**
         * FOCUS rows from memory, reported as the input {@code source}; the rows are summed when the chargeback
         * runs.
         */
        public Builder focusRows(String source, Iterable<FocusRow> rows) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(rows, "rows");
            cloud.add(c -> {
                CloudCostAggregator agg = new CloudCostAggregator(c);
                rows.forEach(agg::add);
                return List.of(agg.result(source));
            });
            return this;
        }

        /**
         * Cloud costs already summed per {@link CloudCostKey}, for example by Apache Spark: the allocation and the
         * report are those of the same rows read from a file. The groups must have been made with the same
         * {@code tagKey}, {@code cloudAccelerators} and {@code currencyIfAbsent} as this run's policies.
         */
        public Builder cloudCosts(CloudCosts costs) {
            Objects.requireNonNull(costs, "costs");
            cloud.add(c -> List.of(costs));
            return this;
        }

        /** The on-prem cost pools file (JSON). */
        public Builder onPremPools(Path file) {
            pools = Objects.requireNonNull(file, "onPremPools");
            return this;
        }

        /** The usage records file (CSV). */
        public Builder usage(Path file) {
            usage = Objects.requireNonNull(file, "usage");
            return this;
        }

        /** The measured utilisation file (CSV, percent 0..100). */
        public Builder utilisation(Path file) {
            utilisation = Objects.requireNonNull(file, "utilisation");
            return this;
        }

        /**
         * Reads the inputs, allocates every cost and returns the report.
         *
         * @throws ChargebackInputException if an input cannot be used (a mandatory column missing, mixed
         *                                  currencies without a rate, an invalid pool or configuration); bad rows
         *                                  are counted in the report instead
         * @throws IllegalArgumentException if there are neither cloud costs nor on-prem pools
         */
        public ChargebackReport run() {
            if (cloud.isEmpty() && pools == null) {
                throw new IllegalArgumentException(
                        "a chargeback needs cloud costs (a FOCUS file, rows or groups) or an on-prem pool file");
            }
            return new ChargebackEngine(this).run();
        }

        Optional<Path> config() {
            return Optional.ofNullable(config);
        }

        /**
         * The files given so far as a request (for {@link ChargebackRequest.Builder}, which keeps its inputs here).
         *
         * @throws IllegalArgumentException as {@link ChargebackRequest}'s constructor does
         */
        ChargebackRequest request() {
            return new ChargebackRequest(focusPaths, onPremPools(), usage(), utilisation(), config());
        }

        /** Warnings of reading (files read once though given twice). */
        List<String> readWarnings() {
            return readWarnings;
        }

        List<CloudCosts> cloudCosts(ChargebackConfig c) {
            seenRows = duplicateRows == DuplicateRowPolicy.OFF ? null : new DuplicateRows();
            duplicateCheckStopped = false;
            List<CloudCosts> out = new ArrayList<>();
            for (Function<ChargebackConfig, List<CloudCosts>> f : cloud) {
                out.addAll(f.apply(c));
            }
            return out;
        }

        Optional<Path> onPremPools() {
            return Optional.ofNullable(pools);
        }

        Optional<Path> usage() {
            return Optional.ofNullable(usage);
        }

        Optional<Path> utilisation() {
            return Optional.ofNullable(utilisation);
        }

        /** The files of the {@code index}-th {@link #focus} path, each read once across all paths. */
        private List<CloudCosts> readFocus(int index, ChargebackConfig c) {
            List<Path> before = new ArrayList<>();
            for (int i = 0; i < index; i++) {
                before.addAll(FocusFiles.expand(focusPaths.get(i)));
            }
            List<Path> mine = FocusFiles.expand(focusPaths.get(index));
            List<Path> all = new ArrayList<>(before);
            all.addAll(mine);
            List<FocusFiles.Input> marked = FocusFiles.withDuplicates(all);
            List<CloudCosts> out = new ArrayList<>();
            for (FocusFiles.Input in : marked.subList(before.size(), marked.size())) {
                if (in.duplicateOf() != null) {
                    readWarnings.add("%s is the same file as %s (same bytes): read once, not counted twice"
                            .formatted(in.file(), in.duplicateOf()));
                    continue;
                }
                out.add(readFocusFile(in.file(), c));
            }
            return out;
        }

        private CloudCosts readFocusFile(Path file, ChargebackConfig c) {
            String name = file.toString();
            FocusStream.Progress p = progress == null ? null : progressOf(file);
            boolean reject = duplicateRows == DuplicateRowPolicy.REJECT;
            Aggregating s = FocusStream.read(file, c.currencyIfAbsent(), threads, limits, p,
                    () -> new Aggregating(new CloudCostAggregator(c), name, seenRows != null, reject),
                    (a, b) -> a.mergeLater(b, seenRows));
            if (s.duplicates > 0) {
                readWarnings.add(("%s: %d row(s) repeat an earlier row of the FOCUS input byte for byte (the first on "
                        + "line %d) and are charged as given: FOCUS rows have no id, and identical rows can be genuine "
                        + "(two like resources in the same hour). If the export was written twice, reject them "
                        + "(--duplicate-rows reject)").formatted(name, s.duplicates, s.firstDuplicateLine));
            }
            if (seenRows != null && seenRows.full() && !duplicateCheckStopped) {
                duplicateCheckStopped = true;
                readWarnings.add(("%s: the check for repeated rows stopped after %d distinct rows: the heap (%d MB) "
                        + "cannot hold more; later rows were not checked. Give more heap (AITCO_JAVA_OPTS=-Xmx8g), "
                        + "run the months separately, or turn the check off (--duplicate-rows off)").formatted(name,
                        seenRows.size(), Runtime.getRuntime().maxMemory() >> 20));
            }
            return s.agg.result(name);
        }

        private FocusStream.Progress progressOf(Path file) {
            String shown = String.valueOf(file.getFileName());
            long size;
            try {
                size = java.nio.file.Files.size(file);
            } catch (java.io.IOException e) {
                size = 0; // FocusStream names the file when it cannot be read
            }
            long total = size;
            // FocusStream counts line numbers: the next line's, which is the rows read plus the header and one
            return (bytesRead, line, done) -> progress.update(shown, bytesRead, total, Math.max(0, line - 2), done);
        }
    }

    /**
     * What a chargeback does with a FOCUS row that repeats an earlier row of the run's files byte for byte (line end
     * aside). FOCUS rows have no id, so an export written twice, or two exports that overlap, show only as repeated
     * rows; but identical rows can also be genuine (the FOCUS 1.2 example of commitment flexibility with two
     * resources has two). Checking keeps a 64-bit hash per distinct row: 16-32 MB per million rows.
     */
    public enum DuplicateRowPolicy {
        /** Charge every row as given; a warning per file counts the repeated rows and names the first line. */
        CHARGE_AND_WARN,
        /** Charge the first copy; reject each later copy (counted and listed with its line, as bad rows are). */
        REJECT,
        /** Do not check (no memory per row): every row is charged as often as it appears. */
        OFF
    }

    /**
     * Folds the rows of a chunk into an aggregator; when duplicates are checked, also logs each row's hash and what
     * it added, so that {@link #mergeLater} can take out rows seen before.
     */
    private static final class Aggregating implements FocusStream.Sink {
        static final String DUPLICATE = "is identical to an earlier row of the FOCUS input (same bytes): counted once";
        final CloudCostAggregator agg;
        private final String file;
        private final DuplicateRows.Log log;
        private long hash;

        private final boolean reject;
        /** Rows found to repeat an earlier one (charged or rejected), and the line of the first. */
        long duplicates;
        long firstDuplicateLine;

        Aggregating(CloudCostAggregator agg, String file, boolean checkDuplicates, boolean reject) {
            this.agg = agg;
            this.file = file;
            this.log = checkDuplicates ? new DuplicateRows.Log() : null;
            this.reject = reject;
        }

        @Override
        public void row(FocusRow row) {
            agg.add(row);
            if (log != null) {
                log.row(hash, row);
            }
        }

        @Override
        public void reject(RowRejection rejection) {
            agg.reject(rejection);
        }

        @Override
        public void record(FocusScanner r, FocusReader.Columns columns, FocusReader.RowCache cache) {
            if (log != null) {
                hash = r.recordHash();
            }
            if (agg.addCells(r, columns, cache.costCells)) {
                if (log != null) {
                    log.fast(hash, r.line, agg.lastSum(), cache.costCells);
                }
            } else {
                FocusStream.rowOf(r, columns, cache, this);
            }
        }

        /** Adds the rows of {@code later} (the next chunk in file order), but no row seen before. */
        void mergeLater(Aggregating later, DuplicateRows seen) {
            if (seen != null && later.log != null) {
                DuplicateRows.Log l = later.log;
                boolean removed = false;
                for (int i = 0; i < l.size; i++) {
                    if (seen.add(l.hashes[i])) {
                        continue;
                    }
                    if (duplicates++ == 0) {
                        firstDuplicateLine = l.lines[i];
                    }
                    if (!reject) {
                        continue;
                    }
                    if (l.sums[i] != null) {
                        later.agg.removeCells(l.sums[i], l.billedUnits[i], l.billedScales[i], l.effectiveUnits[i],
                                l.effectiveScales[i]);
                    } else {
                        later.agg.remove(l.rows[i]);
                    }
                    later.agg.reject(new RowRejection(file, l.lines[i], "(row)", "the whole row", DUPLICATE));
                    removed = true;
                }
                if (removed) {
                    later.agg.dropEmptyGroups();
                }
            }
            agg.merge(later.agg);
        }
    }
}
