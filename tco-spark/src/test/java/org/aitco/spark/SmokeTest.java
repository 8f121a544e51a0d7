package org.aitco.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void sums() {
        var df = LocalSpark.session().sql("select sum(cast(x as decimal(38,18))) s from values ('0.1'), ('0.2') as t(x)");
        assertThat(df.collectAsList().get(0).getDecimal(0)).isEqualByComparingTo("0.3");
    }
}
