package org.aitco.core.operate;

import java.nio.file.Path;
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

    /**
     * A builder that reads like the command line: {@code .focus(a).focus(b).usage(u).build()}. It keeps its inputs
     * in a {@link Chargeback.Builder}, so that each input is checked in one place.
     */
    public static final class Builder {
        private final Chargeback.Builder inputs = Chargeback.builder();

        private Builder() {
        }

        public Builder focus(Path file) {
            inputs.focus(file);
            return this;
        }

        public Builder onPremPools(Path file) {
            inputs.onPremPools(file);
            return this;
        }

        public Builder usage(Path file) {
            inputs.usage(file);
            return this;
        }

        public Builder utilisation(Path file) {
            inputs.utilisation(file);
            return this;
        }

        public Builder config(Path file) {
            inputs.config(file);
            return this;
        }

        public ChargebackRequest build() {
            return inputs.request();
        }
    }
}
