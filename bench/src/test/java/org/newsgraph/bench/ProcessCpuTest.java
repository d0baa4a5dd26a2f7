package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    private static final double TICK = 0.01;

    @Test
    void countsAProcessWithItsDescendantsAndTheMachineBesideThem() throws Exception {
        Process spinner = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            ProcessCpu cpu = ProcessCpu.parse("tests=" + ProcessHandle.current().pid() + ",spinner=" + spinner.pid());
            ProcessCpu.Snapshot before = cpu.snapshot();
            Thread.sleep(1000);
            ProcessCpu.Snapshot spent = cpu.snapshot().since(before);

            Map<String, Double> seconds = spent.seconds();
            // Even sharing its core, a shell spinning for a second gets a good part of it.
            assertThat(seconds.get("spinner")).isGreaterThan(0.2);
            // each count is read a moment after the one before it, while the shell spins on: a tick more at most
            assertThat(seconds.get("tests")).isGreaterThanOrEqualTo(seconds.get("spinner") - TICK);
            assertThat(spent.machineBusySeconds()).isGreaterThanOrEqualTo(seconds.get("spinner") - TICK);
        } finally {
            spinner.destroyForcibly().waitFor();
        }
    }

    @Test
    void readsTheCompilersOfAJavaProcessApart() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 30").start();
        try {
            // This JVM compiled its own test code, on threads of its compilers; a shell has none.
            assertThat(ProcessCpu.compilerSeconds(ProcessHandle.current().pid())).hasValueSatisfying(seconds -> assertThat(seconds).isPositive());
            assertThat(ProcessCpu.compilerSeconds(shell.pid())).isEmpty();

            ProcessCpu cpu = ProcessCpu.parse("tests=" + ProcessHandle.current().pid() + ",shell=" + shell.pid());
            ProcessCpu.Snapshot spent = cpu.snapshot().since(cpu.snapshot());
            assertThat(spent.compilerSeconds()).containsOnlyKeys("tests");
        } finally {
            shell.destroyForcibly().waitFor();
        }
    }

    @Test
    void saysWhenTheCompilersTookATenthOfTheMachine() {
        ProcessCpu.Snapshot warming = new ProcessCpu.Snapshot(Map.of("service", 4.0), Map.of("service", 1.5), 10.0);
        ProcessCpu.Snapshot warm = new ProcessCpu.Snapshot(Map.of("service", 4.0), Map.of("service", 0.5), 10.0);

        assertThat(reported(warming)).contains("service.compilers: 1.50 ms of it in its just-in-time compilers")
                .contains("# the compilers took 15% of the machine's busy time");
        assertThat(reported(warm)).contains("service.compilers: 0.50 ms").doesNotContain("# the compilers");
    }

    private static String reported(ProcessCpu.Snapshot spent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spent.report("run.cpu", 1000, "an article", new Report(new PrintStream(out, true, StandardCharsets.UTF_8)));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void namesNoProcessWhenNoneAreGiven() {
        assertThat(ProcessCpu.parse(null).snapshot().seconds()).isEmpty();
        assertThat(ProcessCpu.parse("").snapshot().seconds()).isEmpty();
    }
}
