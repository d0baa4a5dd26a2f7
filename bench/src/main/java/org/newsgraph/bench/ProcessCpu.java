package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The CPU the platform's processes spend, read from Linux's {@code /proc}: each named process with all its descendants
 * (PostgreSQL's backends are children of its postmaster), and the whole machine's busy time beside it, so that a
 * throughput can be said as CPU spent an article and by whom. The processes' times are the JDK's reading of them;
 * the machine's are in the kernel's clock ticks, 100 a second on every Linux that exposes them to programs (USER_HZ).
 * Of a Java process, the share of its just-in-time compilers is read apart, from their threads: a platform still
 * compiling is not yet at the speed it will run at.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100;
    private static final Path MACHINE_STAT = Path.of("/proc/stat");
    /** HotSpot's compiler threads are "C1 CompilerThread0" and "C2 CompilerThread0"; Linux keeps 15 characters of a name. */
    private static final Pattern COMPILER_THREAD = Pattern.compile("C[12] CompilerThre.*");
    /** A share of the machine's time in the compilers that says the figures are not yet a warm platform's. */
    private static final double STILL_COMPILING = 0.1;

    /** @param roots the processes to account for, by name, each with its descendants */
    private final Map<String, Long> roots;

    ProcessCpu(Map<String, Long> roots) {
        this.roots = roots;
    }

    /** {@code --processes name=pid,name=pid}, as the script that started the processes knows them; none if absent. */
    static ProcessCpu parse(String processes) {
        Map<String, Long> roots = new LinkedHashMap<>();
        if (processes != null && !processes.isBlank()) {
            for (String entry : processes.split(",")) {
                String[] nameAndPid = entry.split("=", 2);
                roots.put(nameAndPid[0], Long.parseLong(nameAndPid[1].trim()));
            }
        }
        return new ProcessCpu(roots);
    }

    /**
     * CPU seconds spent so far by each process tree and by the whole machine.
     *
     * @param compilerSeconds of each named Java process, its compiler threads' share of its seconds
     */
    record Snapshot(Map<String, Double> seconds, Map<String, Double> compilerSeconds, double machineBusySeconds) {

        Snapshot since(Snapshot earlier) {
            return new Snapshot(minus(seconds, earlier.seconds), minus(compilerSeconds, earlier.compilerSeconds),
                    machineBusySeconds - earlier.machineBusySeconds);
        }

        private static Map<String, Double> minus(Map<String, Double> later, Map<String, Double> earlier) {
            Map<String, Double> spent = new LinkedHashMap<>();
            later.forEach((name, total) -> spent.put(name, total - earlier.getOrDefault(name, 0.0)));
            return spent;
        }

        /** Each tree's CPU for one unit of work, and what the rest of the machine spent beside them (the load, the system). */
        void report(String prefix, double units, String unit, Report report) {
            double named = 0;
            for (Map.Entry<String, Double> spent : seconds.entrySet()) {
                report.line(prefix + "." + spent.getKey(), spent.getValue() * 1000 / units, "ms of CPU " + unit);
                Double compiling = compilerSeconds.get(spent.getKey());
                if (compiling != null) {
                    report.line(prefix + "." + spent.getKey() + ".compilers", compiling * 1000 / units,
                            "ms of it in its just-in-time compilers");
                }
                named += spent.getValue();
            }
            report.line(prefix + ".rest", (machineBusySeconds - named) * 1000 / units, "ms of CPU " + unit
                    + ", the rest of the machine: the bench's own load, the system, anything else running");
            double compiling = compilerShare();
            if (compiling >= STILL_COMPILING) {
                report.note(String.format(Locale.ROOT, "the compilers took %.0f%% of the machine's busy time in these figures: a platform still "
                        + "warming up, slower than it will run (a longer --warm-up measures it warm)", compiling * 100));
            }
        }

        /** The share of the machine's busy time that the named processes' compilers spent. */
        private double compilerShare() {
            double compiling = compilerSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
            return machineBusySeconds > 0 ? compiling / machineBusySeconds : 0;
        }
    }

    Snapshot snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Map<String, Double> compilerSeconds = new LinkedHashMap<>();
        roots.forEach((name, root) -> {
            seconds.put(name, treeSeconds(root));
            compilerSeconds(root).ifPresent(compiling -> compilerSeconds.put(name, compiling));
        });
        return new Snapshot(seconds, compilerSeconds, machineBusyTicks() / TICKS_PER_SECOND);
    }

    /** The CPU seconds of the process's compiler threads; empty when it has none (not a Java process) or has ended. */
    static Optional<Double> compilerSeconds(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            long[] ticks = threads.map(ProcessCpu::compilerTicks).flatMapToLong(OptionalLong::stream).toArray();
            return ticks.length == 0 ? Optional.empty() : Optional.of(LongStream.of(ticks).sum() / TICKS_PER_SECOND);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * A compiler thread's user and system ticks, the 14th and 15th fields of its stat, counted after its parenthesised
     * name; empty for another thread, or one that ended while the process's threads were read.
     */
    private static OptionalLong compilerTicks(Path thread) {
        try {
            if (!COMPILER_THREAD.matcher(Files.readString(thread.resolve("comm")).strip()).matches()) {
                return OptionalLong.empty();
            }
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The process and its descendants as they run now; one that ended meanwhile counts for nothing. */
    private static double treeSeconds(long root) {
        return ProcessHandle.of(root)
                .map(process -> Stream.concat(Stream.of(process), process.descendants())
                        .mapToLong(member -> member.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                        .sum() / 1e9)
                .orElse(0.0);
    }

    /** The machine's busy time: every CPU's ticks except idle and waiting for I/O, from the first line of {@code /proc/stat}. */
    private static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(MACHINE_STAT).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field = 1; field < cpu.length && field <= 8; field++) {
                if (field != 4 && field != 5) {
                    busy += Long.parseLong(cpu[field]);
                }
            }
            return busy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
