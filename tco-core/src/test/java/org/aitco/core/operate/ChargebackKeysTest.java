package org.aitco.core.operate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The typed keys of the chargeback engine keep the order of the "platform@yyyy-MM" strings they replaced. */
class ChargebackKeysTest {

    @Test
    void platformMonthsOrderAsTheirFormerTextKeys() {
        List<PlatformMonth> keys = new ArrayList<>();
        for (String platform : List.of("h100", "h100-sxm", "h100 sxm", "a@b", "a", "aws:g5.4xlarge", "ams-1/l40s")) {
            for (String month : List.of("2024-09", "2024-10", "2025-01")) {
                keys.add(new PlatformMonth(platform, YearMonth.parse(month)));
            }
        }
        // Independent order: the text keys the engine used before, sorted as strings.
        List<PlatformMonth> expected = new ArrayList<>(keys);
        expected.sort(Comparator.comparing(k -> k.platform() + "@" + k.month()));
        List<PlatformMonth> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        assertThat(sorted).containsExactlyElementsOf(expected);
        // '-' and ' ' sort before '@': "h100-sxm@..." and "h100 sxm@..." came before "h100@..."
        assertThat(sorted.indexOf(new PlatformMonth("h100-sxm", YearMonth.of(2025, 1))))
                .isLessThan(sorted.indexOf(new PlatformMonth("h100", YearMonth.of(2024, 9))));
    }

    @Test
    void equalPlatformAndMonthAreOneKey() {
        TreeMap<PlatformMonth, Integer> m = new TreeMap<>();
        m.merge(new PlatformMonth("pool-a", YearMonth.of(2024, 9)), 1, Integer::sum);
        m.merge(new PlatformMonth("pool-a", YearMonth.of(2024, 9)), 2, Integer::sum);
        m.merge(new PlatformMonth("pool-a", YearMonth.of(2024, 10)), 4, Integer::sum);
        assertThat(m).hasSize(2).containsEntry(new PlatformMonth("pool-a", YearMonth.of(2024, 9)), 3);
    }
}
