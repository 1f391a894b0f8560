package org.zhicheng.core.internal.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issue 15, R-36: the head of the audit chain anchored outside the database. Each checkpoint is one line of
 * {@code data/audit-checkpoints.log}, naming the last entry's sequence number and hash, linked to the line before
 * and signed with HMAC-SHA256 under a key that lives in a file of its own (created at first start, readable by the
 * owner only), never in the database. Whoever can rewrite the database but not these files can then no longer
 * remove the newest entries and rewrite the head row unnoticed: the chain must still hold each anchored entry.
 *
 * <p>A line: {@code v1 <number> <sequence> <entry hash> <written at> <previous line's mac> <mac>}. Lines are
 * appended and forced to disk; a line torn by a crash (no line end) is cut off when the file is opened again.
 */
public final class AuditCheckpoints {

    static final String FORMAT = "v1";
    private static final String NO_PREVIOUS = "-";
    private static final int KEY_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

    /** One verified line. */
    public record Checkpoint(long number, long sequence, String hash, Instant at) {
    }

    /** Where reading stopped: after this many bytes, the last line's number, sequence and mac (issue 16). */
    public record Position(long offset, long number, long sequence, String mac) {
        public static final Position START = new Position(0, 0, 0, NO_PREVIOUS);
    }

    /**
     * What reading the file found: the checkpoints up to the first bad line, what is wrong with it, and where the good
     * lines end (to go on from there).
     */
    public record Reading(List<Checkpoint> checkpoints, String problem, long problemSequence, Position end) {

        public static final Reading NONE = new Reading(List.of(), null, 0, Position.START);

        public boolean sound() {
            return problem == null;
        }
    }

    private final Path file;
    private final byte[] key;
    private long lastNumber;
    private long lastSequence;
    private String lastMac = NO_PREVIOUS;

    /**
     * The checkpoints in {@code file}, signed with the key in {@code keyFile}; the key is created (owner-only) if
     * there is none yet.
     */
    public AuditCheckpoints(Path file, Path keyFile) {
        this.file = file;
        this.key = loadOrCreateKey(keyFile);
        createFolderOf(file);
        synchronized (lockOf(file)) {
            cutTornLine();
            continueFromLastLine();
        }
    }

    /** One lock a file, shared by every instance on it (a restarted component may overlap the one it replaces). */
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private static Object lockOf(Path file) {
        return LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object());
    }

    /** Number, sequence and mac of the file's last line, whoever wrote it, so that the next line links to it. */
    private void continueFromLastLine() {
        lastNumber = 0;
        lastSequence = 0;
        lastMac = NO_PREVIOUS;
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, 4096));
                channel.position(size - tail.capacity());
                while (tail.hasRemaining() && channel.read(tail) >= 0) {
                    // read the whole tail
                }
                String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).stripTrailing();
                String[] parts = text.substring(text.lastIndexOf('\n') + 1).split(" ");
                lastMac = parts[parts.length - 1];
                if (parts.length == 7) {
                    lastNumber = parseOrZero(parts[1]);
                    lastSequence = parseOrZero(parts[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoints in " + file, e);
        }
    }

    /**
     * In the Karaf data folder, with the key in Karaf's etc folder: kept apart from Derby's files. Empty outside Karaf
     * (no {@code karaf.data}).
     */
    public static Optional<AuditCheckpoints> inKaraf() {
        String data = System.getProperty("karaf.data");
        String etc = System.getProperty("karaf.etc", System.getProperty("karaf.base", ".") + "/etc");
        return data == null ? Optional.empty() : Optional.of(new AuditCheckpoints(Path.of(data, "audit-checkpoints.log"),
                Path.of(etc, "zhicheng-audit-checkpoint.key")));
    }

    public Path file() {
        return file;
    }

    /** The sequence number the newest checkpoint anchors; 0 if none. */
    public long lastSequence() {
        synchronized (lockOf(file)) {
            continueFromLastLine();
            return lastSequence;
        }
    }

    /**
     * Appends a checkpoint of the chain's head, unless the newest one already anchors that entry or a later one, and forces it to
     * disk before returning.
     */
    public void anchor(long sequence, String hash, Instant at) {
        synchronized (lockOf(file)) {
            continueFromLastLine();
            // only forward: concurrent acts may ask in any order, and a newer checkpoint already covers an older
            // entry through the chain (writing the older one after it would read as a checkpoint out of order)
            if (sequence > lastSequence) {
                append(sequence, hash, at);
            }
        }
    }

    private void append(long sequence, String hash, Instant at) {
        long number = lastNumber + 1;
        String body = String.join(" ", FORMAT, Long.toString(number), Long.toString(sequence), hash, at.toString(), lastMac);
        String mac = mac(body);
        byte[] line = (body + " " + mac + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit checkpoint to " + file, e);
        }
        lastNumber = number;
        lastSequence = sequence;
        lastMac = mac;
    }

    /** The file as it is, for safekeeping (empty if no checkpoint was written yet). */
    public String export() {
        synchronized (lockOf(file)) {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the audit checkpoints in " + file, e);
            }
        }
    }

    /** Every line checked against its signature and its link to the line before, in order. */
    public Reading read() {
        return readFrom(Position.START);
    }

    /**
     * The lines after {@code from} (where an earlier reading ended), checked as {@link #read()} does: what was read
     * before is not read again (issue 16, incremental verification).
     */
    public Reading readFrom(Position from) {
        synchronized (lockOf(file)) {
            return readUnlocked(from);
        }
    }

    private Reading readUnlocked(Position from) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!Files.exists(file)) {
            return from.offset() == 0 ? new Reading(checkpoints, null, 0, from)
                    : forged(checkpoints, 1, 0, "is missing: the file was removed", from);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < from.offset()) {
                return forged(checkpoints, from.number(), from.sequence(), "is missing: the file was cut short", from);
            }
            channel.position(from.offset());
            BufferedReader in = new BufferedReader(Channels.newReader(channel, StandardCharsets.UTF_8));
            String previousMac = from.mac();
            long previousSequence = from.sequence();
            long lineNumber = from.number();
            long offset = from.offset();
            Position end = from;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String[] parts = line.split(" ");
                long claimed = parts.length == 7 ? parseOrZero(parts[2]) : 0;
                if (parts.length != 7 || !FORMAT.equals(parts[0])) {
                    return forged(checkpoints, lineNumber, claimed, "is not a checkpoint", end);
                }
                String body = line.substring(0, line.lastIndexOf(' '));
                if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII),
                        parts[6].getBytes(StandardCharsets.US_ASCII))) {
                    return forged(checkpoints, lineNumber, claimed, "fails its signature (forged or altered)", end);
                }
                long number = parseOrZero(parts[1]);
                if (number != lineNumber || !previousMac.equals(parts[5]) || claimed < previousSequence) {
                    return forged(checkpoints, lineNumber, claimed, "is out of order: a checkpoint before it was removed "
                            + "or it was copied from elsewhere", end);
                }
                checkpoints.add(new Checkpoint(number, claimed, parts[3], Instant.parse(parts[4])));
                previousMac = parts[6];
                previousSequence = claimed;
                offset += line.getBytes(StandardCharsets.UTF_8).length + 1;
                end = new Position(offset, number, claimed, previousMac);
            }
            return new Reading(checkpoints, null, 0, end);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoints in " + file, e);
        } catch (RuntimeException e) {
            return forged(checkpoints, from.number() + checkpoints.size() + 1, 0, "cannot be read: " + e.getMessage(), from);
        }
    }

    private Reading forged(List<Checkpoint> good, long lineNumber, long claimed, String what, Position end) {
        return new Reading(good, "checkpoint line " + lineNumber + " of " + file.getFileName() + " " + what, claimed, end);
    }

    private static long parseOrZero(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String mac(String body) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HEX.formatHex(hmac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** A crash (kill -9) during an append may leave a line without its end: it never counted, so it goes. */
    private void cutTornLine() {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] content = Files.readAllBytes(file);
            int end = content.length;
            while (end > 0 && content[end - 1] != '\n') {
                end--;
            }
            if (end < content.length) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(end);
                    channel.force(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the audit checkpoints in " + file, e);
        }
    }

    private static void createFolderOf(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder, e);
        }
    }

    private static byte[] loadOrCreateKey(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return HEX.parseHex(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
            }
            createFolderOf(keyFile);
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(keyFile);
            } catch (FileAlreadyExistsException raced) {
                return HEX.parseHex(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
            }
            Files.writeString(keyFile, HEX.formatHex(key) + "\n", StandardCharsets.US_ASCII);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit checkpoint key " + keyFile, e);
        }
    }
}
