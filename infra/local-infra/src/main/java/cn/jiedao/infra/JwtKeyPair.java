package cn.jiedao.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs the local stack's and the tests' JWTs: {@code private-key.pem} (PKCS#8) and
 * {@code public-key.pem} (X.509 SubjectPublicKeyInfo, what {@code mp.jwt.verify.publickey.location} reads).
 * Generated on first use in a directory that is never committed ({@code .jiedao/keys}, or a temp dir).
 */
public final class JwtKeyPair {

    public static final String PRIVATE_KEY_FILE = "private-key.pem";
    public static final String PUBLIC_KEY_FILE = "public-key.pem";

    private final Path directory;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private JwtKeyPair(Path directory, PrivateKey privateKey, PublicKey publicKey) {
        this.directory = directory;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static boolean existsIn(Path directory) {
        return Files.isRegularFile(directory.resolve(PRIVATE_KEY_FILE)) && Files.isRegularFile(directory.resolve(PUBLIC_KEY_FILE));
    }

    /** Loads the key pair from {@code directory}, generating it there first if it is missing. */
    public static synchronized JwtKeyPair loadOrCreate(Path directory) {
        if (!existsIn(directory)) {
            generate(directory);
        }
        return load(directory);
    }

    /** Loads an existing key pair; fails if there is none. */
    public static JwtKeyPair load(Path directory) {
        if (!existsIn(directory)) {
            throw new IllegalStateException("No JWT key pair in " + directory.toAbsolutePath());
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(directory.resolve(PRIVATE_KEY_FILE))));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(directory.resolve(PUBLIC_KEY_FILE))));
            return new JwtKeyPair(directory.toAbsolutePath(), privateKey, publicKey);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Unreadable JWT key pair in " + directory.toAbsolutePath(), e);
        }
    }

    private static void generate(Path directory) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            // Written under temporary names and moved, so a concurrent reader never sees half a key.
            Path privateTmp = Files.createTempFile(directory, "private", ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(privateTmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Path publicTmp = Files.createTempFile(directory, "public", ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-r--r--")));
            Files.writeString(publicTmp, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.move(privateTmp, directory.resolve(PRIVATE_KEY_FILE), StandardCopyOption.ATOMIC_MOVE);
            Files.move(publicTmp, directory.resolve(PUBLIC_KEY_FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the JWT key pair to " + directory, e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String base64 = Files.readString(file).replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public Path privateKeyPath() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    public Path publicKeyPath() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }
}
