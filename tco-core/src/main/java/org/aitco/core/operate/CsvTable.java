package org.aitco.core.operate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads a CSV file with a header row through jackson-dataformat-csv, handing each record to a callback with the
 * line it starts on. Blank lines are skipped; a UTF-8 byte-order mark and spaces around header names are removed.
 */
final class CsvTable {
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    /** Receives one record: the line it starts on (1-based, the header is line 1) and its cells as written. */
    interface RowHandler {
        void row(long line, String[] cells);
    }

    private final Path file;
    private final String[] header;

    CsvTable(Path file, String[] header) {
        this.file = file;
        this.header = header;
    }

    /** The header names, trimmed. */
    String[] header() {
        return header.clone();
    }

    /** The index of a column, matched exactly first and then ignoring case; -1 if absent. */
    int column(String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < header.length; i++) {
            if (header[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    int width() {
        return header.length;
    }

    Path file() {
        return file;
    }

    /**
     * Reads {@code file}, calling {@code onHeader} once with the header and then {@code handler} for each record.
     *
     * @throws ChargebackInputException if the file cannot be read, is empty, or is not CSV at all
     */
    static CsvTable read(Path file, RowHandler handler, java.util.function.Consumer<CsvTable> onHeader) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvParser parser = (CsvParser) FACTORY.createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ChargebackInputException(file, 1, "the file is empty; a header row was expected");
            }
            String[] header = nextRecord(parser, new long[1]);
            if (header == null) {
                throw new ChargebackInputException(file, 1, "the file is empty; a header row was expected");
            }
            if (header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == '\uFEFF') {
                header[0] = header[0].substring(1);
            }
            for (int i = 0; i < header.length; i++) {
                header[i] = header[i].trim();
            }
            CsvTable table = new CsvTable(file, header);
            onHeader.accept(table);
            long[] line = new long[1];
            String[] cells;
            while ((cells = nextRecord(parser, line)) != null) {
                handler.row(line[0], cells);
            }
            return table;
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
                throw new ChargebackInputException(file, jpe.getLocation().getLineNr(),
                        "is not valid CSV: " + jpe.getOriginalMessage());
            }
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The next record, or null at the end; {@code line[0]} receives the line the record starts on. */
    private static String[] nextRecord(CsvParser parser, long[] line) throws IOException {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> cells = new ArrayList<>(64);
        line[0] = -1;
        while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
            if (line[0] < 0) {
                line[0] = parser.currentTokenLocation().getLineNr();
            }
            cells.add(parser.getText());
        }
        return cells.toArray(new String[0]);
    }

    /** Whether a cell means "no value": empty, or the word null in any case (exports write {@code NULL}). */
    static boolean isNull(String cell) {
        if (cell == null) {
            return true;
        }
        int from = 0;
        int to = cell.length();
        while (from < to && cell.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && cell.charAt(to - 1) <= ' ') {
            to--;
        }
        return from == to || to - from == 4 && cell.regionMatches(true, from, "null", 0, 4);
    }
}
