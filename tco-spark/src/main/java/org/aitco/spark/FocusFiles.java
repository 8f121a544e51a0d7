package org.aitco.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * The FOCUS files behind the paths a user gives: files, folders (read recursively, so partitioned folders such as
 * {@code billing_period=2024-09/} are included) and globs, on any file system Hadoop knows (local, HDFS, S3).
 * Files whose names start with {@code _} or {@code .} ({@code _SUCCESS}, checksums) are skipped, as Spark does.
 */
final class FocusFiles {
    /** The format of a file, by its name. */
    enum Format { CSV, PARQUET }

    /** One input file. */
    record InputFile(String path, Format format) {
    }

    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private FocusFiles() {
    }

    /**
     * The files of {@code paths}, in the order given and, within a folder, by name.
     *
     * @throws SparkInputException if a path matches nothing or a file is neither CSV nor Parquet
     */
    static List<InputFile> list(Configuration conf, List<String> paths) {
        Set<String> seen = new LinkedHashSet<>();
        List<InputFile> out = new ArrayList<>();
        for (String p : paths) {
            try {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matched = fs.globStatus(path);
                if (matched == null || matched.length == 0) {
                    throw new SparkInputException(p, "path", "matches no file or folder");
                }
                List<FileStatus> files = new ArrayList<>();
                for (FileStatus s : matched) {
                    if (s.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
                        List<FileStatus> inFolder = new ArrayList<>();
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            if (!hidden(s.getPath(), f.getPath())) {
                                inFolder.add(f);
                            }
                        }
                        inFolder.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
                        if (inFolder.isEmpty()) {
                            throw new SparkInputException(p, "path", "is a folder without FOCUS files");
                        }
                        files.addAll(inFolder);
                    } else {
                        files.add(s);
                    }
                }
                for (FileStatus f : files) {
                    String name = f.getPath().toString();
                    if (seen.add(name)) {
                        out.add(new InputFile(name, format(name)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list %s: %s".formatted(p, e.getMessage()), e);
            }
        }
        return out;
    }

    /** Whether a file below {@code root} is hidden from Spark: a name, or a folder on the way, starting _ or . */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String n = p.getName();
            if ((n.startsWith("_") && !n.contains("=")) || n.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static Format format(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".parquet")) {
            return Format.PARQUET;
        }
        if (n.endsWith(".csv") || n.endsWith(".csv.gz") || n.endsWith(".csv.bz2") || n.endsWith(".csv.deflate")
                || n.endsWith(".csv.zst")) {
            return Format.CSV;
        }
        throw new SparkInputException(name, "name",
                "is neither a CSV (.csv, .csv.gz) nor a Parquet (.parquet) file; FOCUS data is read by extension");
    }

    /**
     * The header of each CSV file, trimmed and without a byte-order mark, files with the same header together (a
     * group is read by one Spark scan).
     *
     * @throws SparkInputException if a file is empty or its first record is not CSV
     */
    static Map<List<String>, List<String>> csvHeaders(Configuration conf, List<InputFile> files) {
        Map<List<String>, List<String>> byHeader = new LinkedHashMap<>();
        CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
        for (InputFile f : files) {
            if (f.format() != Format.CSV) {
                continue;
            }
            byHeader.computeIfAbsent(header(conf, codecs, f.path()), h -> new ArrayList<>()).add(f.path());
        }
        return byHeader;
    }

    private static List<String> header(Configuration conf, CompressionCodecFactory codecs, String file) {
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(conf);
            CompressionCodec codec = codecs.getCodec(path);
            try (InputStream raw = fs.open(path);
                    InputStream in = codec == null ? raw : codec.createInputStream(raw);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    CsvParser parser = (CsvParser) CSV.createParser(reader)) {
                List<String> header = new ArrayList<>();
                if (parser.nextToken() == JsonToken.START_ARRAY && parser.nextToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        header.add(parser.getText());
                    }
                }
                if (header.isEmpty()) {
                    throw new SparkInputException(file, "line 1", "the file is empty; a header row was expected");
                }
                if (!header.get(0).isEmpty() && header.get(0).charAt(0) == '\uFEFF') {
                    header.set(0, header.get(0).substring(1));
                }
                header.replaceAll(String::trim);
                return List.copyOf(header);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SparkInputException(file, "line 1", "the header is not valid CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read %s: %s".formatted(file, e.getMessage()), e);
        }
    }
}
