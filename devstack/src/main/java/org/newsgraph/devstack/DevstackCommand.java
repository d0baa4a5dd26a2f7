package org.newsgraph.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line behind ./newsgraph: starts, stops and reports the local stack.
 *
 * <pre>DevstackCommand (start|stop|status) [postgres|kafka|keycloak ...] --home DIR</pre>
 */
public final class DevstackCommand {

    private DevstackCommand() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
        }
        Path home = Path.of(".newsgraph");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) {
                home = Path.of(args[++i]);
            } else {
                names.add(args[i]);
            }
        }
        Devstack stack = new Devstack(new StackLayout(home, home.resolve("dist"), false), Devstack.Ports.LOCAL);
        List<Component> chosen = stack.components().stream()
                .filter(component -> names.isEmpty() || names.contains(component.name())).toList();
        try {
            switch (args[0]) {
                case "start" -> chosen.forEach(component -> {
                    long started = System.nanoTime();
                    component.start();
                    System.out.printf("%-9s ready (%.1f s) %s%n", component.name(), (System.nanoTime() - started) / 1e9, component.serviceConfig());
                });
                case "stop" -> Devstack.stopOrder(chosen).forEach(component -> {
                    component.stop();
                    System.out.printf("%-9s stopped%n", component.name());
                });
                case "status" -> chosen.forEach(component ->
                        System.out.printf("%-9s %s%n", component.name(), component.isRunning() ? "running" : "stopped"));
                default -> usage();
            }
        } catch (RuntimeException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage() {
        System.err.println("usage: DevstackCommand (start|stop|status) [postgres|kafka|keycloak ...] [--home DIR]");
        System.exit(2);
    }
}
