package cn.jiedao.safety.keyperson;

import cn.jiedao.kernel.problem.ProblemException;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The keys of the key-person registry, from configuration: {@code jiedao.safety.keyset} (Tink JSON, AEAD) encrypts
 * the personal fields, {@code jiedao.safety.search-keyset} (Tink JSON, PRF) hashes resident IDs for search. A key
 * set holds several keys: writes use the primary, a ciphertext names the key that wrote it (Tink's 5-byte prefix),
 * so older ciphertexts stay readable while the key set still holds their key. The associated data of a field is
 * the record's id and the field's name: a ciphertext copied to another row or field does not decrypt.
 *
 * <p>Without key sets the service runs and the registry answers 503, unless
 * {@code jiedao.safety.keys.local-directory} (set by {@code ./jiedao up}) keeps generated ones in the local
 * stack's key folder; {@code jiedao.safety.keys.generate-if-missing} (dev and test profiles) lets it generate
 * throwaway ones. A test
 * replaces the key sets with {@link #use(KeysetHandle, KeysetHandle)}, as it fixes street time.
 */
@ApplicationScoped
public class KeyPersonKeys {

    private static final Logger LOG = Logger.getLogger(KeyPersonKeys.class);

    /** Bytes of the search hash. */
    private static final int HASH_BYTES = 32;

    private volatile Keys keys;

    private record Keys(KeysetHandle aeadKeyset, Aead aead, KeysetHandle searchKeyset, PrfSet search) {
    }

    KeyPersonKeys() {
    }

    @Inject
    public KeyPersonKeys(@ConfigProperty(name = "jiedao.safety.keyset") Optional<String> keyset,
            @ConfigProperty(name = "jiedao.safety.search-keyset") Optional<String> searchKeyset,
            @ConfigProperty(name = "jiedao.safety.keys.generate-if-missing", defaultValue = "false") boolean generate,
            @ConfigProperty(name = "jiedao.safety.keys.local-directory") Optional<String> localDirectory) {
        if (keyset.isPresent() && searchKeyset.isPresent()) {
            use(Keysets.parse(keyset.get(), "jiedao.safety.keyset"),
                    Keysets.parse(searchKeyset.get(), "jiedao.safety.search-keyset"));
        } else if (localDirectory.isPresent()) {
            Path directory = Path.of(localDirectory.get());
            use(localKeyset(directory.resolve("safety-keyset.json"), Keysets.AEAD),
                    localKeyset(directory.resolve("safety-search-keyset.json"), Keysets.SEARCH));
            LOG.infof("Key-person key sets of the local stack in %s (generated on its first run)", directory);
        } else if (generate) {
            LOG.warn("No key sets configured (jiedao.safety.keyset, jiedao.safety.search-keyset): key persons are "
                    + "encrypted under throwaway keys that end with this process");
            use(Keysets.generate(Keysets.AEAD), Keysets.generate(Keysets.SEARCH));
        } else {
            LOG.warn("No key sets configured (jiedao.safety.keyset, jiedao.safety.search-keyset): the key-person "
                    + "registry answers 503 until they are");
        }
    }

    /**
     * The local stack's key set in {@code file}, generated there (owner-readable only) on its first run, so that
     * {@code ./jiedao up} keeps what it encrypted across restarts without a key in the repository.
     */
    private static KeysetHandle localKeyset(Path file, Parameters parameters) {
        try {
            if (Files.exists(file)) {
                return Keysets.parse(Files.readString(file), file.toString());
            }
            KeysetHandle generated = Keysets.generate(parameters);
            Files.createDirectories(file.getParent());
            Path written = Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, Keysets.json(generated));
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the local key set " + file, e);
        }
    }

    /** Replaces both key sets; what was written under keys the new sets still hold stays readable. */
    public void use(KeysetHandle aeadKeyset, KeysetHandle searchKeyset) {
        try {
            keys = new Keys(aeadKeyset, aeadKeyset.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    searchKeyset, searchKeyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key sets do not give an AEAD and a PRF", e);
        }
    }

    public KeysetHandle aeadKeyset() {
        return keys().aeadKeyset();
    }

    public KeysetHandle searchKeyset() {
        return keys().searchKeyset();
    }

    /** The id of the key new writes use. */
    public long primaryKeyId() {
        return Keysets.primaryId(keys().aeadKeyset());
    }

    /** The ids of the encryption keys the key set holds: what it can still decrypt. */
    public List<Long> keyIds() {
        KeysetHandle keyset = keys().aeadKeyset();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < keyset.size(); i++) {
            ids.add(Integer.toUnsignedLong(keyset.getAt(i).getId()));
        }
        return ids;
    }

    /** {@code value} encrypted for the field {@code field} of the record {@code id}; null stays null. */
    public String encrypt(UUID id, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Base64.getEncoder().encodeToString(
                    keys().aead().encrypt(value.getBytes(StandardCharsets.UTF_8), associatedData(id, field)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The field " + field + " of " + id + " could not be encrypted", e);
        }
    }

    /** The plaintext of a field; a ciphertext of another row or field, or under a removed key, fails. */
    public String decrypt(UUID id, String field, String cipher) {
        if (cipher == null) {
            return null;
        }
        try {
            return new String(keys().aead().decrypt(Base64.getDecoder().decode(cipher), associatedData(id, field)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The field " + field + " of " + id + " could not be decrypted (key "
                    + keyIdOf(cipher) + " is not in the key set, or the ciphertext belongs elsewhere)", e);
        }
    }

    /** The id of the key that wrote {@code cipher}, from Tink's output prefix (a version byte, then the id). */
    public static long keyIdOf(String cipher) {
        byte[] bytes = Base64.getDecoder().decode(cipher);
        return Integer.toUnsignedLong(ByteBuffer.wrap(bytes, 1, 4).getInt());
    }

    /** The search hash of a resident ID under the primary search key, as it is stored. */
    public String searchHash(String residentId) {
        try {
            PrfSet search = keys().search();
            return hash(search.getPrimaryId(), search.getPrfs().get(search.getPrimaryId()), residentId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The search hash could not be computed", e);
        }
    }

    /** The hashes of a resident ID under every search key: rows hashed before a rotation are found too. */
    public List<String> searchHashes(String residentId) {
        try {
            return keys().search().getPrfs().entrySet().stream()
                    .map(e -> hash(e.getKey(), e.getValue(), residentId)).toList();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The search hashes could not be computed", e);
        }
    }

    private static String hash(int keyId, Prf prf, String residentId) {
        try {
            byte[] digest = prf.compute(residentId.toUpperCase().getBytes(StandardCharsets.UTF_8), HASH_BYTES);
            return Integer.toUnsignedString(keyId) + ":" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The search hash could not be computed", e);
        }
    }

    private static byte[] associatedData(UUID id, String field) {
        return (id + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private Keys keys() {
        Keys current = keys;
        if (current == null) {
            throw new ProblemException(503, "keys-missing", "Service Unavailable",
                    "The key-person registry has no keys: set jiedao.safety.keyset and jiedao.safety.search-keyset",
                    List.of());
        }
        return current;
    }
}
