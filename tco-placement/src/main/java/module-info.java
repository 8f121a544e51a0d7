/**
 * aitco's placement optimiser (on ojAlgo, whose types never leave this module), the HTML report and the command
 * line.
 *
 * <p>Exported are {@code org.aitco.placement} and {@code org.aitco.report} ({@code HtmlReport}), the API listed in
 * docs/api.md; the command line ({@code org.aitco.cli}, run with
 * {@code java -m org.aitco.placement/org.aitco.cli.Main}) is internal. The plan's package is open to Jackson, which writes plans as JSON by
 * their record components ({@code ReportJson}).
 */
module org.aitco.placement {
    requires transitive org.aitco.core;
    requires ojalgo;

    exports org.aitco.placement;
    exports org.aitco.report;

    opens org.aitco.placement to com.fasterxml.jackson.databind;
}
