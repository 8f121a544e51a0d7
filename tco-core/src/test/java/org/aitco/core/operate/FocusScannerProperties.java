package org.aitco.core.operate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link FocusScanner}'s records, cells and lines against independent readers of the same text: FastCSV on text
 * that follows RFC 4180, and a byte-at-a-time reference (records cut where a line end is outside quotes, each cut
 * by a plain RFC 4180 state machine, or by FastCSV when it does not follow the RFC) on text with quotes anywhere.
 */
class FocusScannerProperties {
    private static final Path FILE = Path.of("test.csv");

    @Provide
    Arbitrary<String> cell() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("ab 1.é€").ofMaxLength(12);
        // No CR inside quotes here: FastCSV 4.1.0 drops the record "<CR>" followed by LF (the byte-at-a-time
        // reference below covers quoted CRs).
        Arbitrary<String> special = Arbitraries.strings().withChars("ab,\"\n é").ofMaxLength(12)
                .map(c -> "\"" + c.replace("\"", "\"\"") + "\"");
        return Arbitraries.oneOf(plain, special, Arbitraries.of("", "\"\"", "NULL", "\"x\"\"\"", "𝄞", "\"a,𝄞\""));
    }

    @Provide
    Arbitrary<String> rfcText() {
        Arbitrary<String> record = cell().list().ofMinSize(1).ofMaxSize(9).map(cells -> String.join(",", cells));
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\n\n");
        return Arbitraries.oneOf(record.list().ofMinSize(1).ofMaxSize(30).flatMap(rs -> eol.map(e -> String.join(e, rs)
                + e)), record.list().ofMinSize(1).ofMaxSize(30).map(rs -> String.join("\n", rs)));
    }

    @Property(tries = 400)
    void rfcTextIsCutAsFastCsvCutsIt(@ForAll("rfcText") String text) {
        List<List<String>> expected = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text).forEach(r -> {
            expected.add(r.getFields());
            lines.add(r.getStartingLineNumber());
        });
        Scanned scanned = scan(text);
        // FastCSV drops a record that is one empty line, and so does the scanner; a record "" (one quoted empty
        // cell) is one empty cell for both.
        assertThat(scanned.cells).as("cells of %s", escaped(text)).isEqualTo(expected);
        assertThat(scanned.lines).as("lines of %s", escaped(text)).isEqualTo(lines);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().withChars("ab,\"\"\n\r é").ofMaxLength(120);
    }

    @Property(tries = 600)
    void quotesAnywhereAreCutAsTheByteAtATimeReference(@ForAll("anyText") String text) {
        Object expected;
        try {
            expected = reference(text);
        } catch (ChargebackInputException e) {
            expected = e.getMessage();
        }
        Object actual;
        try {
            actual = scan(text);
        } catch (ChargebackInputException e) {
            actual = e.getMessage();
        }
        assertThat(actual).as("records of %s", escaped(text)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void theFirstByteThatIsNotUtf8IsNamedWithItsLine(@ForAll("rfcText") String text,
            @ForAll @IntRange(min = 0, max = 10_000) int at) {
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        if (good.length == 0) {
            return;
        }
        int pos = at % good.length;
        // Put a byte that no UTF-8 text holds there (0xff, 0xc0 and 0xc1 never occur; a lone continuation byte 0x80
        // to 0xbf is wrong where no sequence needs it): here a lone 0xff keeps it simple.
        byte[] b = good.clone();
        b[pos] = (byte) 0xff;
        long line = 1;
        for (int k = 0; k < pos; k++) {
            if (b[k] == '\n') {
                line++;
            }
        }
        long expectedLine = line;
        // A quoted cell left open by the change is a different error: only texts whose quotes still pair count.
        String message = "";
        try {
            scan(b);
        } catch (ChargebackInputException e) {
            message = e.getMessage();
        }
        if (good[pos] == '"') {
            return; // the quote pairing changed
        }
        assertThat(message).contains("line " + expectedLine).contains("is not UTF-8 text");
    }

    /** The text with line ends and non-ASCII characters escaped, for a readable failure message. */
    private static String escaped(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                : "\\u%04x".formatted(c)));
        return sb.toString();
    }

    private record Scanned(List<List<String>> cells, List<Long> lines) {
    }

    private static Scanned scan(String text) {
        return scan(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Scanned scan(byte[] b) {
        FocusScanner r = new FocusScanner(FILE, b, b.length, 1);
        List<List<String>> cells = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        while (r.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < r.fields; i++) {
                row.add(r.text(i));
            }
            cells.add(row);
            lines.add(r.line);
        }
        return new Scanned(cells, lines);
    }

    /** Byte at a time: records end at LF or CR outside quotes; each is read strictly, else by FastCSV. */
    private static Scanned reference(String text) {
        List<List<String>> cells = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int from = i;
            long recordLine = line;
            boolean quoted = false;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (c == '\n') {
                    line++;
                }
                i++;
            }
            if (quoted) {
                throw new ChargebackInputException(FILE, recordLine,
                        "a quoted cell is not closed before the end of the file");
            }
            String record = text.substring(from, i);
            if (i < n) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
                i++;
            }
            if (record.isEmpty()) {
                continue;
            }
            List<String> strict = strict(record);
            if (strict == null) {
                try {
                    strict = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                            .ofSingleCsvRecord(record).getFields();
                } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
                    throw new ChargebackInputException(FILE, recordLine, "cannot be parsed as CSV: " + e.getMessage());
                }
            }
            cells.add(strict);
            lines.add(recordLine);
        }
        return new Scanned(cells, lines);
    }

    /** The cells of a record by RFC 4180, or null when it does not follow it. */
    private static List<String> strict(String record) {
        List<String> cells = new ArrayList<>();
        int i = 0;
        int n = record.length();
        while (true) {
            StringBuilder cell = new StringBuilder();
            if (i < n && record.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = record.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && record.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.append(c);
                    i++;
                }
                if (i < n && record.charAt(i) != ',') {
                    return null;
                }
            } else {
                while (i < n && record.charAt(i) != ',') {
                    if (record.charAt(i) == '"') {
                        return null;
                    }
                    cell.append(record.charAt(i++));
                }
            }
            cells.add(cell.toString());
            if (i >= n) {
                return cells;
            }
            i++; // the comma
        }
    }
}
