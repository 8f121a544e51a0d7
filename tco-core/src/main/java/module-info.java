/**
 * aitco's core: the domain model, the TCO calculator, risk, chargeback and the file formats.
 *
 * <p>Exported are the API packages listed in docs/api.md. {@code org.aitco.core.input}, the strict-input kit and
 * the atomic writer, is internal: exported only to this project's other modules; so is
 * {@code org.aitco.core.operate.shared}, the FOCUS reader and grouping rules that tco-spark runs on its executors.
 * {@code org.aitco.core.internal} (risk's seam to the calculator's fast path) is not exported at all. The result
 * packages are open to Jackson, which writes results as JSON by their record components ({@code ReportJson}).
 */
module org.aitco.core {
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires de.siegmar.fastcsv;
    requires commons.math3;

    exports org.aitco.core.model;
    exports org.aitco.core.money;
    exports org.aitco.core.json;
    exports org.aitco.core.tco;
    exports org.aitco.core.risk;
    exports org.aitco.core.operate;
    exports org.aitco.core.input to org.aitco.placement, org.aitco.spark;
    exports org.aitco.core.operate.shared to org.aitco.spark;

    opens org.aitco.core.money to com.fasterxml.jackson.databind;
    opens org.aitco.core.model to com.fasterxml.jackson.databind;
    opens org.aitco.core.tco to com.fasterxml.jackson.databind;
    opens org.aitco.core.risk to com.fasterxml.jackson.databind;
    opens org.aitco.core.operate to com.fasterxml.jackson.databind;
}
