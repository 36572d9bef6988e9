package cn.jiedao.infra;

import cn.jiedao.kernel.security.Roles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./jiedao token <role>[,<role>...] [subject]}: prints a JWT for the local stack, signed with the key
 * pair under {@code .jiedao/keys} (generated here if the stack never ran), and nothing else on standard
 * output, so that {@code TOKEN=$(./jiedao token mediator)} works.
 *
 * <p>Options before the role: {@code --repo=DIR}, {@code --hours=N} (lifetime, default 8),
 * {@code --grids=<grid code>,...} (the grids a grid worker works in, claim {@code grids}).
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    /** {@code role} if it is one of {@link Roles#ALL}, else an exception that lists them. */
    static String requireRole(String role) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role '" + role + "'. Known roles: " + knownRoles());
        }
        return role;
    }

    /** The kernel's roles, the only list of them: {@code ./jiedao token} prints it on a wrong or missing role. */
    static String knownRoles() {
        return String.join(", ", Roles.ALL);
    }

    /** The grid codes of {@code --grids=a,b}: 15 digits each. */
    static List<String> grids(String option) {
        if (option == null || option.isBlank()) {
            return List.of();
        }
        List<String> grids = Arrays.stream(option.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
        grids.stream().filter(g -> !g.matches("\\d{15}")).findFirst().ifPresent(bad -> {
            throw new IllegalArgumentException("--grids: '" + bad + "' is not a 15-digit grid code");
        });
        return grids;
    }

    public static void main(String[] args) {
        List<String> options = Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        List<String> positional = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        Map<String, String> parsed = Arguments.parse(options.toArray(String[]::new));
        if (positional.isEmpty() || positional.size() > 2) {
            System.err.println("usage: ./jiedao token <role>[,<role>...] [subject] [--grids=<grid code>,...]");
            System.err.println("roles: " + knownRoles());
            System.exit(2);
        }
        List<String> roles;
        List<String> grids;
        try {
            roles = Arrays.stream(positional.get(0).split(",")).map(String::trim).map(TokenCommand::requireRole).toList();
            grids = grids(parsed.get("grids"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String subject = positional.size() == 2 ? positional.get(1) : "local-" + roles.get(0);
        Path keysDir = Path.of(parsed.getOrDefault("repo", ".")).toAbsolutePath().normalize().resolve(".jiedao/keys");
        if (!JwtKeyPair.existsIn(keysDir)) {
            System.err.println("No key pair yet: generated one in " + keysDir + " (./jiedao up uses it).");
        }
        JwtKeyPair keys = JwtKeyPair.loadOrCreate(keysDir);
        String issuer = Optional.ofNullable(System.getenv("JIEDAO_JWT_ISSUER")).orElse(TokenMinter.LOCAL_ISSUER);
        Duration lifetime = Duration.ofHours(Long.parseLong(parsed.getOrDefault("hours", "8")));
        System.out.println(new TokenMinter(keys.privateKey(), issuer, java.time.Clock.systemUTC())
                .mint(subject, roles, grids, lifetime));
    }
}
