package org.aitco.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.aitco.core.model.Violation;
import org.junit.jupiter.api.Test;

class FieldsTest {
    private static Fields fields(String json, Problems problems) {
        return Fields.open(JsonTree.parse(new StringReader(json), problems, "the object", "must be an object"), "pool",
                problems, List.of("a"));
    }

    /** Was: a pool amount of 1e30 read as is, then ArithmeticException: Overflow in the allocation (#10). */
    @Test
    void anAmountBeyond1e15IsAProblemNamingTheField() {
        Problems problems = new Problems();
        assertThat(fields("{\"a\": \"1e30\"}", problems).amount("a", true)).isNull();
        assertThat(problems.all()).extracting(Violation::toString).containsExactly(
                "pool.a (\"1e30\") must be at most 1e15 either side of zero: larger amounts are no plausible cost, "
                        + "and could not be charged exactly");
    }

    @Test
    void anAmountOf1e15EitherSideIsRead() {
        Problems problems = new Problems();
        assertThat(fields("{\"a\": 1000000000000000}", problems).amount("a", true))
                .isEqualByComparingTo(new BigDecimal("1e15"));
        assertThat(fields("{\"a\": \"-1000000000000000.00\"}", problems).amount("a", true))
                .isEqualByComparingTo(new BigDecimal("-1e15"));
        assertThat(problems.all()).isEmpty();
        assertThat(fields("{\"a\": -1000000000000000.01}", problems).amount("a", true)).isNull();
        assertThat(problems.all()).singleElement().extracting(Violation::path).isEqualTo("pool.a");
    }
}
