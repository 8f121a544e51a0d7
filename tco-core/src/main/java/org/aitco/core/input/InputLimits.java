package org.aitco.core.input;

/**
 * The largest input files read, in bytes: JSON files (scenarios, uncertainties, on-prem pools, chargeback
 * configuration) are held whole in memory as a tree, CSV files (FOCUS cost data, usage, utilisation) are streamed.
 *
 * @param jsonMaxBytes the limit for a JSON file; default 128 MiB (a scenario with 1,000 workloads of 8,760 hourly
 *                     values is about 50 MB)
 * @param csvMaxBytes  the limit for a CSV file; default 4 GiB
 */
public record InputLimits(long jsonMaxBytes, long csvMaxBytes) {
    /** The default limit of a JSON input file, 128 MiB. */
    public static final long DEFAULT_JSON_MAX_BYTES = 128L << 20;
    /** The default limit of a CSV input file, 4 GiB. */
    public static final long DEFAULT_CSV_MAX_BYTES = 4L << 30;

    public InputLimits {
        if (jsonMaxBytes < 1 || csvMaxBytes < 1) {
            throw new IllegalArgumentException("jsonMaxBytes (%d) and csvMaxBytes (%d) must be >= 1"
                    .formatted(jsonMaxBytes, csvMaxBytes));
        }
    }

    /** 128 MiB per JSON file, 4 GiB per CSV file. */
    public static InputLimits defaults() {
        return new InputLimits(DEFAULT_JSON_MAX_BYTES, DEFAULT_CSV_MAX_BYTES);
    }

    /** A copy with another limit for JSON files. */
    public InputLimits withJsonMaxBytes(long bytes) {
        return new InputLimits(bytes, csvMaxBytes);
    }

    /** A copy with another limit for CSV files. */
    public InputLimits withCsvMaxBytes(long bytes) {
        return new InputLimits(jsonMaxBytes, bytes);
    }
}
