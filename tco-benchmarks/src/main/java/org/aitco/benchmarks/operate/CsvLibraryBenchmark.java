package org.aitco.benchmarks.operate;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CSV library for FOCUS, chosen by measurement: jackson-dataformat-csv's streaming parser against FastCSV
 * ({@code de.siegmar:fastcsv}) on the real 1,000-row FOCUS sample held in memory, each reading every cell as a
 * String and returning the total length of the cells (so both do the same work and the JIT cannot drop it).
 * Rows per second = 1,000 x the score.
 *
 * <p>Run from the repository root: {@code mvn -B -q -pl tco-benchmarks -am package -DskipTests}, then
 * {@code java -jar tco-benchmarks/target/benchmarks.jar CsvLibraryBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvLibraryBenchmark {
    private static final CsvFactory JACKSON = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    @Param({"examples/chargeback/focus_sample.csv"})
    public String file;

    private String text;

    @Setup
    public void setUp() throws IOException {
        text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    @Benchmark
    public long jackson() throws IOException {
        long chars = 0;
        try (CsvParser p = (CsvParser) JACKSON.createParser(new StringReader(text))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    chars += p.getText().length();
                }
            }
        }
        return chars;
    }

    @Benchmark
    public long fastCsv() throws IOException {
        long chars = 0;
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new StringReader(text))) {
            for (CsvRecord rec : r) {
                for (int i = 0; i < rec.getFieldCount(); i++) {
                    chars += rec.getField(i).length();
                }
            }
        }
        return chars;
    }
}
