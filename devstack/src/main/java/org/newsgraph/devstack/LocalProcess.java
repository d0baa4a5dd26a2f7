package org.newsgraph.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One server process with a pid file and a log file. The pid file lets the next start (or another JVM)
 * find and end a process that a killed run left behind; a watchdog ends an attached process when the
 * JVM that started it dies.
 */
final class LocalProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final String stopSignal;
    private final Path pidFile;
    private final Path logFile;

    /** @param stopSignal the signal that shuts the server down cleanly without waiting for its clients */
    LocalProcess(String name, String stopSignal, Path stateDir) {
        this.name = name;
        this.stopSignal = stopSignal;
        this.pidFile = stateDir.resolve(name + ".pid");
        this.logFile = stateDir.resolve(name + ".log");
    }

    Path logFile() {
        return logFile;
    }

    /** The process recorded in the pid file, if it still runs and is the one we started. */
    Optional<ProcessHandle> running() {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::startedByUs);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Ends what a previous run left behind, so that a start never meets a stale server. */
    void endLeftover() {
        running().ifPresent(handle -> {
            System.err.printf("devstack: ending %s left over from an earlier run (pid %d)%n", name, handle.pid());
            end(handle);
        });
        deletePidFile();
    }

    ProcessHandle start(List<String> command, Path workDir, Map<String, String> environment, boolean attached) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("NEWSGRAPH_DEVSTACK", name);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            if (attached) {
                watchParent(process.pid());
            }
            return process.toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    /** Stops the recorded process: a polite signal first, a kill when it does not listen. */
    void stop() {
        running().ifPresent(this::end);
        deletePidFile();
    }

    private void end(ProcessHandle handle) {
        signal(handle.pid(), stopSignal);
        try {
            handle.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
            handle.onExit().join();
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean startedByUs(ProcessHandle handle) {
        // A recycled pid belongs to some other program: only processes carrying our marker are ours.
        Path environ = Path.of("/proc", Long.toString(handle.pid()), "environ");
        try {
            return new String(Files.readAllBytes(environ)).contains("NEWSGRAPH_DEVSTACK=" + name);
        } catch (IOException e) {
            return handle.info().command().isPresent();
        }
    }

    private void watchParent(long childPid) throws IOException {
        long parent = ProcessHandle.current().pid();
        String script = "while kill -0 " + parent + " 2>/dev/null; do sleep 1; done; "
                + "kill -" + stopSignal + " " + childPid + " 2>/dev/null; sleep 15; kill -KILL " + childPid + " 2>/dev/null";
        new ProcessBuilder("setsid", "bash", "-c", script)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
