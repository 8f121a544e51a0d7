package org.aitco.core.input;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * The one atomic writer of output files (scenario files, reports, LP models, the command line's outputs), the
 * counterpart of {@link InputFiles}: nothing is ever half-written.
 *
 * <p>A file is written to a temporary file in the target's folder, forced to disk, then moved over the target in
 * one step, so that a reader sees the old file or the new one and never a part; when writing fails (a full disk)
 * the temporary file is deleted and the previous file is left as it was. The new file gets the permissions of
 * the file it replaces, or {@code rw-r--r--}.
 */
public final class OutputFile {
    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFile() {
    }

    /** What goes into an output file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Thrown when an output file could not be written; the message names it and says what is left, for example
     * {@code cannot write out.json: No space left on device; the previous out.json is left as it was}.
     */
    public static final class UnwritableFileException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        UnwritableFileException(String message, IOException cause) {
            super(message, cause);
        }
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target}, atomically.
     *
     * @throws UnwritableFileException naming the file and the reason; the target is then as it was before
     */
    public static void write(Path target, String text) {
        Objects.requireNonNull(text, "text");
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code content} to {@code target} atomically: to a temporary file beside it, forced to disk, then
     * moved over it.
     *
     * @throws UnwritableFileException naming the file and the reason; the target is then as it was before
     */
    public static void write(Path target, Content content) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path folder = target.toAbsolutePath().getParent();
        boolean existed = Files.exists(target);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            permissions(temp, target, existed);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage();
            throw new UnwritableFileException("cannot write %s: %s; %s".formatted(target, reason,
                    existed ? "the previous " + target + " is left as it was" : "no file was written"), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the first failure is the one to report; a stale temporary file is named by its prefix
                }
            }
        }
    }

    /** The new file gets the permissions of the file it replaces, or rw-r--r-- (a temporary file has rw-------). */
    private static void permissions(Path temp, Path target, boolean existed) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(existed ? Files.getPosixFilePermissions(target) : DEFAULT_PERMISSIONS);
    }
}
