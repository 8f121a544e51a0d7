package org.aitco.core.operate.shared;

import java.util.List;
import java.util.Objects;
import org.aitco.core.operate.FocusRow;
import org.aitco.core.operate.RowRejection;

/**
 * The rows of one FOCUS file: those that were read and can be used, and those that were rejected with the
 * reason. {@code rowsRead() == rows().size() + rejections().size()}, always.
 *
 * @param file       the file, as given
 * @param rows       the usable rows, in file order
 * @param rejections the rejected rows, in file order
 */
public record FocusData(String file, List<FocusRow> rows, List<RowRejection> rejections) {

    public FocusData {
        Objects.requireNonNull(file, "file");
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
    }

    /** Every data row of the file, used or rejected (the header and blank lines not counted). */
    public long rowsRead() {
        return rows.size() + (long) rejections.size();
    }

    @Override
    public String toString() {
        return "FocusData[%s: %d rows read, %d used, %d rejected]".formatted(file, rowsRead(), rows.size(),
                rejections.size());
    }
}
