package org.aitco.core.operate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The input files of a chargeback run: cloud bills in FOCUS CSV, on-prem cost pools (JSON), usage records (CSV),
 * utilisation series (CSV) and the policies (JSON). Every file but one FOCUS file or one pool file is optional.
 *
 * <pre>{@code
 * var report = Chargeback.run(ChargebackRequest.builder()
 *         .focus(Path.of("examples/chargeback/focus_sample.csv"))
 *         .onPremPools(Path.of("examples/chargeback/onprem-pools.json"))
 *         .usage(Path.of("examples/chargeback/usage.csv"))
 *         .build());
 * }</pre>
 *
 * @param focusFiles  FOCUS CSV files, in order
 * @param onPremPools the on-prem cost pools file
 * @param usage       the usage records file
 * @param utilisation the measured utilisation file
 * @param config      the policies file; the defaults are described in docs/chargeback.md
 */
public record ChargebackRequest(List<Path> focusFiles, Optional<Path> onPremPools, Optional<Path> usage,
        Optional<Path> utilisation, Optional<Path> config) {

    public ChargebackRequest {
        focusFiles = List.copyOf(Objects.requireNonNull(focusFiles, "focusFiles"));
        Objects.requireNonNull(onPremPools, "onPremPools");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(utilisation, "utilisation");
        Objects.requireNonNull(config, "config");
        if (focusFiles.isEmpty() && onPremPools.isEmpty()) {
            throw new IllegalArgumentException(
                    "focusFiles ([]) and onPremPools (empty): a chargeback needs a FOCUS file or an on-prem pool file");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that reads like the command line: {@code .focus(a).focus(b).usage(u).build()}. */
    public static final class Builder {
        private final List<Path> focus = new ArrayList<>();
        private Path pools;
        private Path usage;
        private Path utilisation;
        private Path config;

        private Builder() {
        }

        public Builder focus(Path file) {
            focus.add(Objects.requireNonNull(file, "focus"));
            return this;
        }

        public Builder onPremPools(Path file) {
            pools = Objects.requireNonNull(file, "onPremPools");
            return this;
        }

        public Builder usage(Path file) {
            usage = Objects.requireNonNull(file, "usage");
            return this;
        }

        public Builder utilisation(Path file) {
            utilisation = Objects.requireNonNull(file, "utilisation");
            return this;
        }

        public Builder config(Path file) {
            config = Objects.requireNonNull(file, "config");
            return this;
        }

        public ChargebackRequest build() {
            return new ChargebackRequest(focus, Optional.ofNullable(pools), Optional.ofNullable(usage),
                    Optional.ofNullable(utilisation), Optional.ofNullable(config));
        }
    }
}
