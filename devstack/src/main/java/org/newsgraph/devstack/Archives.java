package org.newsgraph.devstack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** Unpacks server distributions once; a marker file tells a finished unpack from an interrupted one. */
final class Archives {

    private static final String DONE = ".unpacked";

    private Archives() {
    }

    static void unpackTarGz(Path archive, Path target, int stripComponents) {
        unpackOnce(target, () -> untar(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive))), target, stripComponents));
    }

    /** The PostgreSQL binaries jar holds one .txz of the whole installation. */
    static void unpackTxzInJar(Path jar, Path target) {
        unpackOnce(target, () -> {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                var entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no .txz in " + jar));
                untar(new XZInputStream(new BufferedInputStream(zip.getInputStream(entry))), target, 0);
            }
        });
    }

    private interface Unpack {
        void run() throws IOException;
    }

    private static synchronized void unpackOnce(Path target, Unpack unpack) {
        if (Files.exists(target.resolve(DONE))) {
            return;
        }
        try {
            deleteTree(target);
            Files.createDirectories(target);
            unpack.run();
            Files.createFile(target.resolve(DONE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack into " + target, e);
        }
    }

    private static void untar(InputStream raw, Path target, int stripComponents) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path relative = strip(entry.getName(), stripComponents);
                if (relative == null) {
                    continue;
                }
                Path out = target.resolve(relative).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry escapes its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.deleteIfExists(out);
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(out, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Path strip(String name, int components) {
        Path path = Path.of(name);
        return path.getNameCount() > components ? path.subpath(components, path.getNameCount()) : null;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        permissions.add(PosixFilePermission.OWNER_READ);
        return permissions;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
