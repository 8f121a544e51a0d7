package org.aitco.core.operate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DuplicateRowsTest {
    @Test
    void findsEveryRepeatedHashAsAHashSetDoes() {
        DuplicateRows rows = new DuplicateRows();
        Set<Long> reference = new HashSet<>();
        Random random = new Random(12);
        int disagreements = 0;
        for (int i = 0; i < 200_000; i++) {
            // Few distinct values, so that many repeat; 0 is a value like any other.
            long h = random.nextInt(100_000) - 50_000L;
            if (rows.add(h) != reference.add(h)) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
        assertThat(rows.size()).isEqualTo(reference.size());
    }

    @Test
    void stopsCheckingWhenTheTableCannotGrowAndSaysSo() {
        DuplicateRows rows = new DuplicateRows(1 << 16); // at most half full: 32,768 hashes
        for (long h = 1; h <= 32_768; h++) {
            assertThat(rows.add(h)).isTrue();
        }
        assertThat(rows.full()).isFalse();
        assertThat(rows.add(1)).isFalse(); // still checked
        assertThat(rows.add(40_000)).isTrue();
        assertThat(rows.full()).isTrue();
        assertThat(rows.add(1)).isTrue(); // no longer checked: counts as new
        assertThat(rows.size()).isEqualTo(32_768);
    }
}
