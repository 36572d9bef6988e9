package cn.jiedao.safety.keyperson;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * The key sets of the key-person registry as Tink JSON: one for the fields' encryption (AES-256-GCM, AEAD), one
 * for the resident-ID search hash (HMAC-SHA256 PRF). Also a command for the operator, run from the packaged
 * service with no database:
 *
 * <pre>
 * java -cp "safety-service/target/quarkus-app/lib/main/*:safety-service/target/quarkus-app/app/*" \
 *     cn.jiedao.safety.keyperson.Keysets new-aead &gt; aead.json
 * ... new-search | add FILE | promote FILE KEY_ID | remove FILE KEY_ID | list FILE
 * </pre>
 * A key set is written to standard output; {@code list} shows ids, status and the primary, never key material.
 */
public final class Keysets {

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD and PRF key types could not be registered", e);
        }
    }

    /** What the encryption of the fields uses. */
    public static final Parameters AEAD = PredefinedAeadParameters.AES256_GCM;

    /** What the search hash uses: a key of its own, never one of the encryption keys. */
    public static final Parameters SEARCH = PredefinedPrfParameters.HMAC_SHA256_PRF;

    private Keysets() {
    }

    public static KeysetHandle generate(Parameters parameters) {
        try {
            return KeysetHandle.generateNew(parameters);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A key set could not be generated", e);
        }
    }

    public static KeysetHandle parse(String json, String property) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            // the message of a parser may quote the text, which holds key material: name the property only
            throw new IllegalStateException(property + " is not a Tink JSON key set");
        }
    }

    public static String json(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A key set could not be written", e);
        }
    }

    /** The key set with a new enabled key of {@code parameters} that is not the primary yet. */
    public static KeysetHandle withNewKey(KeysetHandle keyset, Parameters parameters) {
        try {
            return KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A key could not be added", e);
        }
    }

    /** The key set with the key {@code keyId} as its primary: new writes use it, the others still read. */
    public static KeysetHandle withPrimary(KeysetHandle keyset, long keyId) {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
            builder.getAt(indexOf(keyset, keyId)).makePrimary();
            return builder.build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key " + keyId + " could not be made the primary", e);
        }
    }

    /** The key set without the key {@code keyId}, which must not be the primary. */
    public static KeysetHandle without(KeysetHandle keyset, long keyId) {
        int index = indexOf(keyset, keyId);
        if (keyset.getAt(index).isPrimary()) {
            throw new IllegalArgumentException("Key " + keyId + " is the primary; make another key primary first");
        }
        try {
            return KeysetHandle.newBuilder(keyset).deleteAt(index).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key " + keyId + " could not be removed", e);
        }
    }

    /** The primary key's id, as the {@code key_id} column holds it (unsigned). */
    public static long primaryId(KeysetHandle keyset) {
        return Integer.toUnsignedLong(keyset.getPrimary().getId());
    }

    /** One line a key: id, status, and whether it is the primary. */
    public static List<String> describe(KeysetHandle keyset) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            lines.add(Integer.toUnsignedLong(entry.getId()) + " " + status(entry.getStatus())
                    + (entry.isPrimary() ? " primary" : ""));
        }
        return lines;
    }

    private static String status(KeyStatus status) {
        return status == KeyStatus.ENABLED ? "enabled" : status == KeyStatus.DISABLED ? "disabled" : "destroyed";
    }

    private static int indexOf(KeysetHandle keyset, long keyId) {
        for (int i = 0; i < keyset.size(); i++) {
            if (Integer.toUnsignedLong(keyset.getAt(i).getId()) == keyId) {
                return i;
            }
        }
        throw new IllegalArgumentException("The key set has no key " + keyId + "; it has " + describe(keyset));
    }

    public static void main(String[] args) throws IOException {
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "new-aead" -> System.out.println(json(generate(AEAD)));
            case "new-search" -> System.out.println(json(generate(SEARCH)));
            case "add" -> {
                KeysetHandle keyset = read(args, 2);
                Parameters parameters = keyset.getPrimary().getKey().getParameters();
                System.out.println(json(withNewKey(keyset, parameters)));
            }
            case "promote" -> System.out.println(json(withPrimary(read(args, 3), Long.parseLong(args[2]))));
            case "remove" -> System.out.println(json(without(read(args, 3), Long.parseLong(args[2]))));
            case "list" -> describe(read(args, 2)).forEach(System.out::println);
            default -> {
                System.err.println("""
                        Key sets of the key-person registry (Tink JSON, written to standard output):
                          new-aead               a new encryption key set (AES-256-GCM): jiedao.safety.keyset
                          new-search             a new search-hash key set (HMAC-SHA256): jiedao.safety.search-keyset
                          add FILE               FILE's key set with a new key, not primary yet
                          promote FILE KEY_ID    FILE's key set with KEY_ID as the primary
                          remove FILE KEY_ID     FILE's key set without KEY_ID (not the primary)
                          list FILE              the key ids, their status and the primary""");
                System.exit("help".equals(command) ? 0 : 2);
            }
        }
    }

    private static KeysetHandle read(String[] args, int count) throws IOException {
        if (args.length < count) {
            throw new IllegalArgumentException(args[0] + " needs " + (count - 1) + " argument(s); run without any for help");
        }
        return parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8), args[1]);
    }
}
