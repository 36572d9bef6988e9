package cn.jiedao.gateway.testing;

import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * What the gateway needs around it in a test: the four fake services on random ports, and the shared test
 * key pair of {@link RealInfrastructure} to verify {@link cn.jiedao.testing.TestTokens}.
 */
public class GatewayTestResources implements QuarkusTestResourceLifecycleManager {

    private FakeServices services;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        // The key pair TestTokens signs with; asking for it starts neither PostgreSQL nor Kafka.
        config.put("mp.jwt.verify.publickey.location", RealInfrastructure.jwtPublicKeyPath().toUri().toString());
        config.put("mp.jwt.verify.issuer", RealInfrastructure.ISSUER);
        services = new FakeServices();
        services.start().forEach((area, url) -> config.put("jiedao.gateway.upstreams." + area, url));
        return config;
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
