package io.github.camelzoho.benchmarks;

import org.openjdk.jmh.runner.options.VerboseMode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the whole suite with {@link Settings#full()} and prints the ratio tables (also written to the file given as
 * the first argument): {@code mvn -B -q -f examples/benchmarks/pom.xml compile dependency:copy-dependencies exec:exec}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        BenchmarkSuite.Results results = new BenchmarkSuite(Settings.full(), VerboseMode.NORMAL).run();
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
        String report = Report.markdown(results, machine) + "Total run time: "
                + Math.round((System.nanoTime() - start) / 1e9) + " s\n";
        System.out.println();
        System.out.println(report);
        if (args.length > 0) {
            Path out = Path.of(args[0]);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("Written to " + out);
        }
    }
}
