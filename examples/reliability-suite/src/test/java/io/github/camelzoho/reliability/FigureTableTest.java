package io.github.camelzoho.reliability;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other class of the suite: scans everything captured for every secret used, prints the figure
 * table and asserts its zeros.
 */
@Order(Integer.MAX_VALUE)
class FigureTableTest {

    private static final Logger TABLE = LoggerFactory.getLogger("io.github.camelzoho.reliability.FigureTable");
    static final List<Path> FILES_WRITTEN = Collections.synchronizedList(new ArrayList<>());

    @Test
    void figures() throws IOException {
        Path captureDir = Path.of(System.getProperty("reliability.capture.dir", "target/reliability"));
        flushCapture();
        String log = Files.readString(captureDir.resolve("captured.log"), StandardCharsets.UTF_8);
        Set<String> secrets = Ledger.secrets();

        Map<String, Long> hitsBySource = new LinkedHashMap<>();
        hitsBySource.put("log lines (TRACE)", count(log, secrets));
        long evidenceHits = 0;
        List<String> leaks = new ArrayList<>();
        for (String e : Ledger.allEvidence()) {
            long n = count(e, secrets);
            if (n > 0) {
                leaks.add(e.length() > 400 ? e.substring(0, 400) : e);
            }
            evidenceHits += n;
        }
        hitsBySource.put("exceptions, toString(), URIs, meters", evidenceHits);
        long fileHits = 0;
        synchronized (FILES_WRITTEN) {
            for (Path p : FILES_WRITTEN) {
                if (Files.isRegularFile(p)) {
                    fileHits += count(Files.readString(p, StandardCharsets.ISO_8859_1), secrets);
                }
            }
        }
        hitsBySource.put("files written", fileHits);
        long urlHits = 0;
        synchronized (Wire.ALL_URLS) {
            for (String url : Wire.ALL_URLS) {
                long n = count(url, secrets);
                Ledger.urlChecked(url, n > 0);
                urlHits += n;
            }
        }
        long secretHits = hitsBySource.values().stream().mapToLong(Long::longValue).sum();

        long faults = Ledger.rows().size();
        long completed = Ledger.total(Ledger.Outcome.COMPLETED);
        long typed = Ledger.total(Ledger.Outcome.FAILED_TYPED);
        long untyped = Ledger.total(Ledger.Outcome.FAILED_UNTYPED);
        long lost = Ledger.total(Ledger.Outcome.LOST_OR_HUNG);

        StringBuilder table = new StringBuilder();
        table.append("\n| figure | value |\n|---|---:|\n");
        row(table, "faults tried", faults);
        row(table, "exchanges completed", completed);
        row(table, "exchanges failed with a typed error", typed);
        row(table, "exchanges failed with an untyped error (must be 0)", untyped);
        row(table, "exchanges lost or hung (must be 0)", lost);
        row(table, "token requests sent to Zoho", Ledger.tokenRequestsTotal());
        row(table, "token requests beyond the Zoho budget (must be 0)", Ledger.beyondBudget());
        row(table, "secrets used", secrets.size());
        row(table, "secrets found in captured output (must be 0)", secretHits);
        row(table, "URLs sent to Zoho checked / carrying a secret (must be 0)",
                Ledger.urlsChecked() + " / " + urlHits);
        table.append("\nCaptured for the scan: ").append(log.lines().count()).append(" log lines, ")
                .append(Ledger.allEvidence().size()).append(" exceptions/toString()/URIs/meter ids, ")
                .append(FILES_WRITTEN.size()).append(" files.\n");
        table.append("\n| group | fault | completed | typed error | untyped | lost/hung |\n|---|---|---:|---:|---:|---:|\n");
        for (Ledger.Row r : Ledger.rows()) {
            table.append("| ").append(r.group).append(" | ").append(r.fault.replace("|", "\\|")).append(" | ")
                    .append(r.get(Ledger.Outcome.COMPLETED)).append(" | ").append(r.get(Ledger.Outcome.FAILED_TYPED))
                    .append(" | ").append(r.get(Ledger.Outcome.FAILED_UNTYPED)).append(" | ")
                    .append(r.get(Ledger.Outcome.LOST_OR_HUNG)).append(" |\n");
        }
        if (!Ledger.notes().isEmpty()) {
            table.append("\nNotes:\n");
            Ledger.notes().forEach(n -> table.append("- ").append(n).append('\n'));
        }
        TABLE.info("Reliability suite figures{}", table);
        Files.createDirectories(captureDir);
        Files.writeString(captureDir.resolve("figures.md"), table.toString(), StandardCharsets.UTF_8);

        assertThat(log).as("logging ran at TRACE").contains(" TRACE ");
        assertThat(leaks).as("evidence carrying a secret").isEmpty();
        assertThat(hitsBySource).as("secret hits by source").allSatisfy((k, v) -> assertThat(v).as(k).isZero());
        assertThat(urlHits).as("secrets in URLs").isZero();
        assertThat(untyped).as("untyped failures").isZero();
        assertThat(lost).as("lost or hung exchanges").isZero();
        assertThat(Ledger.beyondBudget()).as("token requests beyond the budget").isZero();
        assertThat(faults).as("faults tried").isGreaterThan(0);
    }

    private static void row(StringBuilder table, String figure, Object value) {
        table.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static long count(String text, Set<String> secrets) {
        long n = 0;
        for (String s : secrets) {
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
                n++;
            }
        }
        return n;
    }

    private static void flushCapture() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Appender a = ctx.getConfiguration().getAppender("capture");
        if (a instanceof FileAppender f) {
            f.getManager().flush();
        }
    }
}
