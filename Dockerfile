# Any Jiedao service as a JVM container image, from the fast-jar layout that Quarkus leaves in
# <module>/target/quarkus-app (the same four layers as Quarkus' own Dockerfile.jvm, on Eclipse Temurin's
# Java 17 JRE instead of UBI). Built from the repository root with the service's module, port and heap
# (deploy/services.txt lists them); docker-compose.yml builds all five this way.
#
#   mvn -q -pl mediation-service -am package -DskipTests
#   docker build --build-arg SERVICE=mediation-service --build-arg PORT=8082 --build-arg HEAP=128m \
#     -t jiedao/mediation-service .
#
# Configuration by environment: QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME,
# QUARKUS_DATASOURCE_PASSWORD, KAFKA_BOOTSTRAP_SERVERS (and any other KAFKA_* client setting, such as
# KAFKA_SECURITY_PROTOCOL), MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER; the gateway's routes
# JIEDAO_GATEWAY_UPSTREAMS_<AREA> (see docker-compose.yml).
FROM eclipse-temurin:17-jre

ENV LANG='C.UTF-8' LANGUAGE='en_US:en'

# curl serves the container health check on /q/health/ready.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 185 jiedao \
    && useradd --system --uid 185 --gid jiedao --home-dir /deployments --no-create-home jiedao \
    && mkdir /deployments && chown 185:185 /deployments
WORKDIR /deployments

# The layers above are the same for every service; from here on they are the service's own.
ARG SERVICE
ARG PORT
ARG HEAP=128m
ARG JIT=c1
RUN test -n "$SERVICE" && test -n "$PORT" \
    || { echo "build with --build-arg SERVICE=<module> --build-arg PORT=<port> (deploy/services.txt)" >&2; exit 1; }

# Dependencies first: they change least, so their layer is reused most.
COPY --chown=185 ${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 ${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --chown=185 ${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE ${PORT}
USER 185

# The JVM settings of ./jiedao up (ServiceProcesses; ServiceListTest checks that they agree): the serial
# collector, the service's heap and JIT from deploy/services.txt (c1: -XX:TieredStopAtLevel=1; tiered: C1 then
# C2, the gateway's), two malloc arenas. (No AppCDS
# archive: measured, it did not start a service faster; see the root README, Performance.)
ENV JAVA_OPTS="-XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError -Xms64m -Xmx${HEAP} -Xshare:auto -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JIEDAO_JIT=${JIT} \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS_APPEND=""
ENTRYPOINT ["sh", "-c", "if [ \"$JIEDAO_JIT\" = c1 ]; then JIT_OPTS=-XX:TieredStopAtLevel=1; fi; exec java $JAVA_OPTS $JIT_OPTS $JAVA_OPTS_APPEND -Dquarkus.http.host=0.0.0.0 -jar quarkus-run.jar"]
