package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
    void namesNoProcessWhenNoneAreGiven() {
        assertThat(ProcessCpu.parse(null).snapshot().seconds()).isEmpty();
        assertThat(ProcessCpu.parse("").snapshot().seconds()).isEmpty();
    }
}
