package org.aitco.core.operate;

import java.time.YearMonth;

/**
 * A platform (an on-prem pool or a cloud accelerator platform) in a billing month: the key of the cloud accelerator
 * totals and of the recommender's per-platform figures.
 *
 * <p>Keys order as the text {@code platform@yyyy-MM} they replace, so reports list platforms in the same order as
 * before ({@code h100-sxm} before {@code h100}, since '-' sorts before '@').
 */
record PlatformMonth(String platform, YearMonth month) implements Comparable<PlatformMonth> {

    @Override
    public int compareTo(PlatformMonth o) {
        return label().compareTo(o.label());
    }

    private String label() {
        return platform + "@" + month;
    }
}
