package org.aitco.core.operate;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The FOCUS files a chargeback reads: files as given, the CSV files of a folder (recursively), and globs
 * ({@code exports/2024-*.csv.gz}, {@code exports/**.csv}); and which of them repeat another.
 */
final class FocusFiles {
    private FocusFiles() {
    }

    /** One file to read, or a file that repeats an earlier one (same file or same bytes) and is not read again. */
    record Input(Path file, Path duplicateOf) {
    }

    /** Whether a file name looks like a FOCUS export: {@code .csv}, {@code .csv.gz}, {@code .gz}. */
    static boolean isCsv(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".csv.gz") || n.endsWith(".gz");
    }

    /** The files a path names: itself, a folder's CSV files in name order, or a glob's matches in name order. */
    static List<Path> expand(Path given) {
        String s = given.toString();
        if (Files.isDirectory(given)) {
            try (Stream<Path> walk = Files.walk(given)) {
                List<Path> files = walk.filter(Files::isRegularFile).filter(FocusFiles::isCsv).sorted().toList();
                if (files.isEmpty()) {
                    throw new ChargebackInputException(given, "folder",
                            "holds no FOCUS file (*.csv, *.csv.gz, *.gz)");
                }
                return files;
            } catch (IOException e) {
                throw new ChargebackInputException(given, "folder", "cannot be listed: " + e.getMessage());
            }
        }
        int glob = firstGlobChar(s);
        if (glob < 0) {
            return List.of(given);
        }
        int cut = s.lastIndexOf(given.getFileSystem().getSeparator(), glob);
        Path base = cut < 0 ? Path.of("") : Path.of(s.substring(0, Math.max(cut, 1)));
        String pattern = s.substring(cut + 1);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Path root = base.toString().isEmpty() ? Path.of(".") : base;
        if (!Files.isDirectory(root)) {
            throw new ChargebackInputException(given, "glob", "the folder %s does not exist".formatted(root));
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> m.matches(root.relativize(p)))
                    .map(p -> base.toString().isEmpty() ? root.relativize(p) : p).sorted().toList();
            if (files.isEmpty()) {
                throw new ChargebackInputException(given, "glob", "matches no file");
            }
            return files;
        } catch (IOException e) {
            throw new ChargebackInputException(given, "glob", "cannot be listed: " + e.getMessage());
        }
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The files in order, each marked as a duplicate of the first earlier file that is the same file or has the
     * same bytes (compared in full, only between files of equal size).
     */
    static List<Input> withDuplicates(List<Path> files) {
        List<Input> out = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (Path f : files) {
            Path dup = null;
            for (Path k : kept) {
                if (same(k, f)) {
                    dup = k;
                    break;
                }
            }
            out.add(new Input(f, dup));
            if (dup == null) {
                kept.add(f);
            }
        }
        return out;
    }

    private static boolean same(Path a, Path b) {
        try {
            if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
                return false;
            }
            if (Files.isSameFile(a, b)) {
                return true;
            }
            return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1L;
        } catch (IOException e) {
            return false; // reading it will report the problem with the file's name
        }
    }
}
