package org.aitco.benchmarks.operate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.aitco.core.operate.Chargeback;
import org.aitco.core.operate.ChargebackReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The streaming chargeback against DuckDB's JDBC driver on the same large FOCUS file and the same aggregation:
 * EffectiveCost summed exactly per owner tag ({@code business_unit}) and month of ChargePeriodStart. aitco does
 * more (validates every row and column it uses, provider and service groups, allocation, report), DuckDB only the
 * group-by. Both on all processors.
 *
 * <p>The file is generated, not committed: {@code python3 tco-benchmarks/scripts/make-focus-file.py 1000000
 * /tmp/focus-1m.csv}. Run from the repository root: {@code mvn -B -q -pl tco-benchmarks -am package -DskipTests},
 * then {@code java -jar tco-benchmarks/target/benchmarks.jar DuckDbChargebackBenchmark -f 1 -wi 1 -i 3
 * -p file=/tmp/focus-1m.csv}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DuckDbChargebackBenchmark {
    @Param({"/tmp/focus-1m.csv"})
    public String file;

    @Benchmark
    public ChargebackReport aitco() {
        return Chargeback.builder().focus(Path.of(file)).run();
    }

    @Benchmark
    public BigDecimal duckDb() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT json_extract_string(Tags, '$.business_unit') AS owner,
                               strftime(ChargePeriodStart, '%Y-%m') AS month,
                               sum(EffectiveCost) AS cost
                        FROM read_csv('""" + file.replace("'", "''") + """
                        ', header = true, nullstr = 'NULL',
                                      types = {'EffectiveCost': 'DECIMAL(38,11)', 'BilledCost': 'DECIMAL(38,11)',
                                               'ChargePeriodStart': 'TIMESTAMP', 'Tags': 'VARCHAR'})
                        GROUP BY owner, month ORDER BY owner, month""")) {
            BigDecimal total = BigDecimal.ZERO;
            while (r.next()) {
                total = total.add(r.getBigDecimal(3));
            }
            return total;
        }
    }
}
