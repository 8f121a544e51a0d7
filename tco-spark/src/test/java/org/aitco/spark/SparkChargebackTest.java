package org.aitco.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.aitco.core.operate.Chargeback;
import org.aitco.core.operate.ChargebackReport;
import org.junit.jupiter.api.Test;

/** The Spark chargeback gives the local chargeback's report, on the bundled example and the real FOCUS sample. */
class SparkChargebackTest {
    static final Path EX = Path.of("../examples/chargeback");

    @Test
    void theBundledExampleGivesTheLocalReport() {
        String focus = EX.resolve("focus_sample.csv").toString();
        ChargebackReport local = Chargeback.builder().config(EX.resolve("config.json")).focus(Path.of(focus))
                .onPremPools(EX.resolve("onprem-pools.json")).usage(EX.resolve("usage.csv"))
                .utilisation(EX.resolve("utilisation.csv")).run();
        ChargebackReport spark = SparkChargeback.builder(LocalSpark.session()).config(EX.resolve("config.json"))
                .focus(focus).onPremPools(EX.resolve("onprem-pools.json")).usage(EX.resolve("usage.csv"))
                .utilisation(EX.resolve("utilisation.csv")).run();
        assertThat(spark).isEqualTo(local);
        assertThat(spark.toText()).isEqualTo(local.toText());
    }
}
