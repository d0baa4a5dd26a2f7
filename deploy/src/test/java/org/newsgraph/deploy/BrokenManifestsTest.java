package org.newsgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;

/** Each check, on a copy of deploy/k8s broken in one way, reports exactly that. */
class BrokenManifestsTest {

    /** The NetworkPolicies that let the public entry in, and the start of the web app's. */
    private static final String ADMISSION = "entry/admission/network-policy.yaml";
    private static final String WEB_ADMISSION = "      app.kubernetes.io/name: web\n  policyTypes:\n    - Ingress\n"
            + "  ingress:\n    - from:\n";

    @TempDir
    Path manifests;

    /** One change to a file of the copy. */
    @FunctionalInterface
    interface Breakage {
        void apply(Path manifests) throws IOException;

        default Breakage andThen(Breakage next) {
            return manifests -> {
                apply(manifests);
                next.apply(manifests);
            };
        }
    }

    static final List<Arguments> BREAKAGES = List.of(
            argumentSet("a missing readiness probe", "dev", remove("base/gateway/deployment.yaml", """
                              readinessProbe:
                                httpGet:
                                  path: /q/health/ready
                                  port: http
                                periodSeconds: 5
                                timeoutSeconds: 3
                                failureThreshold: 3
                    """),
                    List.of("Deployment gateway container gateway: no readinessProbe on /q/health/ready")),
            argumentSet("a probe that gives up within a GC pause", "dev", replace("base/web/deployment.yaml",
                    "periodSeconds: 10\n            timeoutSeconds: 3", "periodSeconds: 10\n            timeoutSeconds: 1"),
                    List.of("Deployment web: livenessProbe gives up after 1 s, less than a GC pause may take")),
            argumentSet("a grace period shorter than the shutdown", "dev", replace("base/gateway/deployment.yaml",
                    "terminationGracePeriodSeconds: 45", "terminationGracePeriodSeconds: 20"),
                    List.of("Deployment gateway: terminationGracePeriodSeconds 20 is shorter than the preStop pause (5 s) and the "
                            + "shutdown timeout (30 s)")),
            argumentSet("JVMs on their default heap", "dev", replace("base/kustomization.yaml",
                    "JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=70 ", "JAVA_TOOL_OPTIONS="),
                    List.of("web", "gateway", "articles-service", "actors-service").stream().map(name -> "Deployment " + name
                            + ": JAVA_TOOL_OPTIONS gives the heap no -XX:MaxRAMPercentage from 50 to 80 of the memory limit").toList()),
            argumentSet("a writable root filesystem", "dev", replace("base/articles-service/deployment.yaml",
                    "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"),
                    List.of("Deployment articles-service container articles-service: has a writable root filesystem")),
            argumentSet("kept capabilities", "dev", remove("base/actors-service/deployment.yaml", """
                                capabilities:
                                  drop:
                                    - ALL
                    """),
                    List.of("Deployment actors-service container actors-service: does not drop ALL capabilities")),
            argumentSet("a missing memory limit", "dev", replace("base/gateway/deployment.yaml",
                    "              cpu: \"1\"\n              memory: 512Mi\n", "              cpu: \"1\"\n"),
                    List.of("Deployment gateway container gateway: sets no limits.memory")),
            argumentSet("the latest tag in production", "prod", replace("production/kustomization.yaml",
                    "name: newsgraph/gateway\n    newTag: 0.1.0", "name: newsgraph/gateway\n    newTag: latest"),
                    List.of("Deployment gateway container gateway: image newsgraph/gateway:latest is tagged latest")),
            argumentSet("an image the build does not make", "dev", replace("base/gateway/deployment.yaml",
                    "image: newsgraph/gateway:0.1.0", "image: newsgraph/api-gateway:0.1.0"),
                    List.of("Deployment gateway container gateway: image newsgraph/api-gateway is none the build "
                            + "makes; it makes [newsgraph/actors-service, newsgraph/articles-service, "
                            + "newsgraph/gateway, newsgraph/web]")),
            argumentSet("an untagged image", "dev", replace("base/gateway/deployment.yaml",
                    "image: newsgraph/gateway:0.1.0", "image: newsgraph/gateway"),
                    List.of("Deployment gateway container gateway: image newsgraph/gateway has no tag")),
            argumentSet("a committed Secret", "dev", addResource("base", "gateway/client-secret.yaml", """
                    apiVersion: v1
                    kind: Secret
                    metadata:
                      name: newsgraph-gateway-client
                    stringData:
                      client-secret: s3cr3t
                    """),
                    List.of("Secret newsgraph-gateway-client: carries data; create it with kubectl")),
            argumentSet("a Service selecting nothing", "dev", replace("base/articles-service/service.yaml",
                    "  selector:\n    app.kubernetes.io/name: articles-service",
                    "  selector:\n    app.kubernetes.io/name: articles"),
                    List.of("Service articles-service: selects no Deployment's pods")),
            argumentSet("a Service targeting an undeclared port", "dev", replace("base/gateway/service.yaml",
                    "targetPort: http", "targetPort: web"),
                    List.of("Service gateway: port 8080 targets web, which Deployment gateway does not declare")),
            argumentSet("a variable the service reads left unset", "dev",
                    remove("base/articles-service/deployment.yaml", """
                                        - name: ARTICLES_CURSOR_SECRET
                                          valueFrom:
                                            secretKeyRef:
                                              name: articles-service-cursor
                                              key: secret
                            """),
                    List.of("Deployment articles-service: sets no ARTICLES_CURSOR_SECRET, which "
                            + "articles-service/src/main/resources/application.properties reads")),
            argumentSet("an address no Service serves", "dev", replace("base/kustomization.yaml",
                    "http://articles-service:8081", "http://articles-service:8089"),
                    List.of("Deployment gateway: GATEWAY_ARTICLES_URL points at articles-service:8089, "
                            + "which no Service serves")),
            argumentSet("a sign-in behind the public entry blind to its forwarded headers", "dev",
                    remove("base/kustomization.yaml", "      - QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true\n"),
                    List.of("Deployment web: signs people in behind the public entry without "
                            + "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true, so the redirect URI it sends Keycloak is "
                            + "not its public https address")),
            argumentSet("a key the operator's Secret lacks", "dev", replace("base/articles-service/deployment.yaml",
                    "key: username", "key: user"),
                    List.of("Deployment articles-service: refers to key user of Secret articles-db-app, "
                            + "which has no such key")),
            argumentSet("a missing disruption budget", "dev", remove("base/kustomization.yaml",
                    "  - gateway/disruption-budget.yaml\n"),
                    List.of("Deployment gateway: no PodDisruptionBudget covers its pods")),
            argumentSet("no default deny", "dev", remove("base/kustomization.yaml", "  - network/default-deny.yaml\n"),
                    List.of("No NetworkPolicy denies all ingress and egress by default")),
            argumentSet("a service open to the namespace", "dev", replace("base/articles-service/network-policy.yaml",
                    "    - from:\n        - podSelector:\n            matchLabels:\n"
                            + "              app.kubernetes.io/name: gateway\n",
                    "    - from:\n        - podSelector: {}\n"),
                    List.of("Deployment articles-service port 8081: admits pods {}, beyond the design",
                            "Deployment articles-service port 8081: does not admit "
                                    + "pods {app.kubernetes.io/name=gateway}")),
            argumentSet("the web app open beyond the public entry", "dev", replace(ADMISSION,
                    WEB_ADMISSION + "        - namespaceSelector:\n            matchLabels:\n"
                            + "              kubernetes.io/metadata.name: envoy-gateway-system\n",
                    WEB_ADMISSION + "        - namespaceSelector: {}\n"),
                    List.of("Deployment web port 3000: admits namespaces {}, beyond the design",
                            "Deployment web port 3000: does not admit "
                                    + "namespaces {kubernetes.io/metadata.name=envoy-gateway-system}")),
            argumentSet("the web app open to the namespace beside the public entry", "dev", replace(ADMISSION,
                    WEB_ADMISSION + "        - namespaceSelector:\n",
                    WEB_ADMISSION + "        - podSelector: {}\n        - namespaceSelector:\n"),
                    List.of("Deployment web port 3000: admits pods {}, beyond the design")),
            argumentSet("cert-manager's HTTP-01 solver out of the public entry's reach", "dev",
                    replace(ADMISSION, "acme.cert-manager.io/http01-solver: \"true\"",
                            "acme.cert-manager.io/solver: http01"),
                    List.of("cert-manager's HTTP-01 solver port 8089: does not admit "
                            + "namespaces {kubernetes.io/metadata.name=envoy-gateway-system}")),
            argumentSet("the ingress controller's solver traffic left out", "prod-ingress",
                    remove("entry/ingress/kustomization.yaml", "  - target:\n      group: networking.k8s.io\n"
                            + "      version: v1\n      kind: NetworkPolicy\n      name: public-entry-to-acme-solver\n"
                            + "    path: controller-namespace.yaml\n"),
                    List.of("cert-manager's HTTP-01 solver port 8089: admits namespaces "
                                    + "{kubernetes.io/metadata.name=envoy-gateway-system}, beyond the design",
                            "cert-manager's HTTP-01 solver port 8089: does not admit "
                                    + "namespaces {kubernetes.io/metadata.name=ingress-nginx}")),
            argumentSet("an issuer whose solver misses the plain HTTP listener", "prod",
                    replace("entry/gateway-api/gateway.yaml", "    - name: http\n", "    - name: plain\n")
                            .andThen(replace("entry/gateway-api/routes.yaml", "      sectionName: http\n",
                                    "      sectionName: plain\n")),
                    List.of("ClusterIssuer letsencrypt: its HTTP-01 solver attaches to no plain HTTP listener of "
                            + "Gateway newsgraph in the Certificate's namespace")),
            argumentSet("an issuer the cluster folder does not create", "dev",
                    replace("overlays/dev/gateway-hosts.yaml", "value: letsencrypt-staging", "value: letsencrypt-test"),
                    List.of("Gateway newsgraph: names ClusterIssuer letsencrypt-test, which deploy/k8s/cluster does "
                            + "not create")),
            argumentSet("a service reaching its database past the pooler", "dev",
                    replace("base/postgres/network-policies.yaml", """
                                - from:
                                    - podSelector:
                                        matchLabels:
                                          cnpg.io/poolerName: articles-db-pooler
                            """, """
                                - from:
                                    - podSelector:
                                        matchLabels:
                                          cnpg.io/poolerName: articles-db-pooler
                                    - podSelector:
                                        matchLabels:
                                          app.kubernetes.io/name: articles-service
                            """),
                    List.of("Cluster articles-db port 5432: admits pods {app.kubernetes.io/name=articles-service}, "
                            + "beyond the design")),
            argumentSet("the web app calling a service past the gateway", "dev",
                    egressRule("base/web/network-policy.yaml", """
                                - to:
                                    - podSelector:
                                        matchLabels:
                                          app.kubernetes.io/name: articles-service
                                  ports:
                                    - port: 8081
                            """),
                    List.of("Deployment web: may send to pods {app.kubernetes.io/name=articles-service} port 8081, "
                            + "beyond the design")),
            argumentSet("a Deployment free to send anywhere on a port", "dev",
                    egressRule("base/gateway/network-policy.yaml", """
                                - ports:
                                    - port: 443
                            """),
                    List.of("Deployment gateway: may send to anywhere port 443, beyond the design")),
            argumentSet("Kafka open to all", "dev", remove("base/kafka/kafka.yaml", """
                            networkPolicyPeers:
                              - podSelector:
                                  matchLabels:
                                    app.kubernetes.io/name: articles-service
                              - podSelector:
                                  matchLabels:
                                    app.kubernetes.io/name: actors-service
                    """),
                    List.of("Kafka newsgraph listener plain: admits anywhere, beyond the design",
                            "Kafka newsgraph listener plain: does not admit "
                                    + "pods {app.kubernetes.io/name=actors-service}",
                            "Kafka newsgraph listener plain: does not admit "
                                    + "pods {app.kubernetes.io/name=articles-service}")),
            argumentSet("too few in-sync replicas in production", "prod", replace("production/kafka.yaml",
                    "      min.insync.replicas: 2", "      min.insync.replicas: 1"),
                    List.of("Kafka newsgraph: min.insync.replicas is 1, expected 2 with 3 brokers")),
            argumentSet("a compacted topic turned to deletion", "dev", replace("base/kafka/topics.yaml",
                    "replaced.\n    cleanup.policy: compact", "replaced.\n    cleanup.policy: delete"),
                    List.of("KafkaTopic articles: cleanup.policy is delete, expected compact")),
            argumentSet("a misnamed topic", "dev", replace("base/kafka/topics.yaml",
                    "name: actors.dead-letter", "name: actor.dead-letter"),
                    List.of("KafkaTopic actor.dead-letter: is no topic of the event contract",
                            "No KafkaTopic for actors.dead-letter, a topic of the event contract")),
            argumentSet("a single database instance in production", "prod", replace("production/postgres.yaml",
                    "name: articles-db\nspec:\n  instances: 3", "name: articles-db\nspec:\n  instances: 1"),
                    List.of("Cluster articles-db: has 1 instances, prod expects 3")),
            argumentSet("a database size in the wrong unit", "prod", replace("production/postgres.yaml",
                    "  storage:\n    size: 50Gi", "  storage:\n    size: 50GB"),
                    List.of("Cluster articles-db: storage size 50GB is no Kubernetes quantity",
                            "Cluster actors-db: storage size 50GB is no Kubernetes quantity")),
            argumentSet("a broker volume size in lower case", "prod", replace("production/kafka.yaml",
                    "size: 100Gi", "size: 100gi"),
                    List.of("KafkaNodePool dual-role: storage size 100gi is no Kubernetes quantity")),
            argumentSet("a Keycloak hostname no public route takes", "dev",
                    replace("overlays/dev/keycloak-hostname.yaml",
                            "https://auth.dev.newsgraph.example.org", "https://login.dev.newsgraph.example.org"),
                    List.of("Keycloak keycloak: no public route takes its hostname login.dev.newsgraph.example.org "
                            + "to it")),
            argumentSet("the master realm behind the public Gateway", "dev", replace("entry/gateway-api/routes.yaml",
                    "            value: /realms/newsgraph\n", "            value: /realms\n"),
                    List.of("HTTPRoute auth: auth.dev.newsgraph.example.org/realms exposes more of Keycloak than the "
                            + "newsgraph realm's public endpoints (/realms/newsgraph, /resources)")),
            argumentSet("the master realm behind the public Ingress", "prod-ingress", replace(
                    "entry/ingress/ingress.yaml", "- path: /realms/newsgraph\n", "- path: /realms\n"),
                    List.of("Ingress newsgraph: auth.newsgraph.example.org/realms exposes more of Keycloak than the "
                            + "newsgraph realm's public endpoints (/realms/newsgraph, /resources)")),
            argumentSet("the admin console behind the public Gateway", "dev", keycloakRoute("/admin"),
                    List.of("HTTPRoute auth: auth.dev.newsgraph.example.org/admin exposes more of Keycloak than the "
                            + "newsgraph realm's public endpoints (/realms/newsgraph, /resources)")),
            argumentSet("the master realm's endpoints behind the public Gateway", "dev",
                    keycloakRoute("/realms/master"),
                    List.of("HTTPRoute auth: auth.dev.newsgraph.example.org/realms/master exposes more of Keycloak "
                            + "than the newsgraph realm's public endpoints (/realms/newsgraph, /resources)")),
            argumentSet("the API on plain HTTP", "dev", replace("entry/gateway-api/routes.yaml",
                    "      sectionName: api\n",
                    "      sectionName: api\n    - name: newsgraph\n      sectionName: http\n"),
                    List.of("HTTPRoute api: host * is served without TLS")),
            argumentSet("a route on a listener the Gateway lacks", "dev", replace("entry/gateway-api/routes.yaml",
                    "      sectionName: newsroom\n", "      sectionName: newsrooms\n"),
                    List.of("HTTPRoute newsroom: attaches to no listener of a rendered Gateway (newsgraph/newsrooms)")),
            argumentSet("more actors-service pods than its pooler and topic take", "prod-keda",
                    replace("overlays/prod-keda/actors-service-scaler.yaml",
                            "maxReplicaCount: 12", "maxReplicaCount: 13"),
                    List.of("Pooler actors-db-pooler: in session mode each of up to 104 client connections "
                                    + "(actors-service 13 × 8) holds a server connection, beyond "
                                    + "default_pool_size 100 of an instance",
                            "Deployment actors-service: up to 13 pods × 1 consumers of articles, beyond its 12 "
                                    + "partitions")),
            argumentSet("more pooler instances than PostgreSQL takes", "prod", replace("production/poolers.yaml",
                    "name: actors-db-pooler\nspec:\n  instances: 2", "name: actors-db-pooler\nspec:\n  instances: 3"),
                    List.of("Cluster actors-db: up to 300 connections at the autoscalers' maximum "
                            + "(Pooler actors-db-pooler 3 × 100), beyond max_connections 250 less 3 reserved for "
                            + "superusers")),
            argumentSet("Keycloak's default pool on two instances", "prod", remove("base/keycloak/keycloak.yaml",
                    "    poolMaxSize: 20\n"),
                    List.of("Cluster keycloak-db: up to 200 connections at the autoscalers' maximum "
                            + "(Keycloak keycloak 2 × 100), beyond max_connections 100 less 3 reserved for "
                            + "superusers")),
            argumentSet("several consumers a pod on every partition", "prod", remove("base/kustomization.yaml",
                    "      - MP_MESSAGING_INCOMING_ARTICLES_CONCURRENCY=1\n"),
                    List.of("Deployment actors-service: up to 6 pods × 3 consumers of articles, beyond its 12 "
                            + "partitions")),
            argumentSet("a realm drifting from the production file", "dev", replace("base/keycloak/realm-import.yaml",
                    "accessTokenLifespan: 300", "accessTokenLifespan: 3600"),
                    List.of("KeycloakRealmImport newsgraph: its realm differs from "
                            + "deploy/keycloak/newsgraph-realm.json at /accessTokenLifespan")),
            argumentSet("a CPU autoscaler beside KEDA's", "prod-keda", replace("overlays/prod-keda/kustomization.yaml",
                    "  - ../../production\n", "  - ../../production\n  - ../../autoscaling/actors-service-cpu\n"),
                    List.of("Deployment actors-service: more than one autoscaler scales it",
                            "Deployment actors-service: may scale down to fewer than 2 replicas")),
            argumentSet("a bootstrap address KEDA cannot resolve", "prod-keda",
                    replace("overlays/prod-keda/actors-service-scaler.yaml",
                            "newsgraph-kafka-bootstrap.newsgraph.svc:9092", "newsgraph-kafka-bootstrap:9092"),
                    List.of("ScaledObject actors-service: bootstrapServers newsgraph-kafka-bootstrap:9092 names no "
                            + "namespace, and KEDA resolves it from its own")));

    static final List<Arguments> MONITORING_BREAKAGES = List.of(
            argumentSet("an alert on a metric no service registers", "prod", replace("monitoring/alerts.yaml",
                    "newsgraph_dead_letters_total", "newsgraph_dead_letter_total"),
                    List.of("Metric newsgraph_dead_letter_total is neither registered by a service nor published by a named exporter")),
            argumentSet("a panel on a metric no one publishes", "prod", replace("monitoring/dashboard.json",
                    "kafka_consumer_fetch_manager_records_lag", "consumer_records_lag"),
                    List.of("Metric consumer_records_lag is neither registered by a service nor published by a named exporter")),
            argumentSet("a scrape of a port the Service lacks", "prod", replace("monitoring/service-monitors.yaml",
                    "    - port: http\n      path: /q/metrics\n      interval: 30s\n      scrapeTimeout: 10s\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: articles-service",
                    "    - port: metrics\n      path: /q/metrics\n      interval: 30s\n      scrapeTimeout: 10s\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: articles-service"),
                    List.of("ServiceMonitor gateway: Service gateway has no port named metrics")),
            argumentSet("an alert that says nothing", "prod", remove("monitoring/alerts.yaml",
                    "            description: \"A message could not be processed and was kept for inspection. See deploy/README.md, Watching the platform.\"\n"),
                    List.of("Alert NewsgraphDeadLetters has no description")),
            argumentSet("metrics Prometheus may not reach", "prod", remove("monitoring/kustomization.yaml",
                    "  - scrape-network-policy.yaml\n"),
                    List.of("Deployment gateway port 8080", "Deployment articles-service port 8081",
                            "Deployment actors-service port 8082").stream()
                            .map(port -> port + ": does not admit " + NetworkChecks.PROMETHEUS).toList()),
            argumentSet("production that nothing watches", "prod", remove("overlays/prod/kustomization.yaml",
                    "  - ../../monitoring\n"),
                    List.of("Overlay prod is production and nothing watches it")),
            argumentSet("production that sends no traces", "prod", remove("overlays/prod/kustomization.yaml",
                    "components:\n  - ../../tracing\n"),
                    List.of("Overlay prod is production and actors-service, articles-service, gateway send no traces")),
            argumentSet("spans the NetworkPolicies keep in", "prod", remove("tracing/kustomization.yaml", "  - network-policy.yaml\n"),
                    Stream.of("gateway", "articles-service", "actors-service").map(deployment -> "Deployment " + deployment
                            + ": cannot send to " + NetworkChecks.TRACE_COLLECTOR + " port " + NetworkChecks.OTLP_HTTP_PORT).toList()),
            argumentSet("spans sent to a collector the design does not know", "prod", replace("tracing/kustomization.yaml",
                    "http://opentelemetry-collector.monitoring.svc:4318", "http://otel.observability.svc:4318"),
                    Stream.of("actors-service", "articles-service", "gateway", "web").map(deployment -> "Deployment " + deployment
                            + ": QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT points at http://otel.observability.svc:4318, outside namespace "
                            + "newsgraph").toList()));

    @ParameterizedTest
    @FieldSource("MONITORING_BREAKAGES")
    void reportsWhatBrokeInWatchingThePlatform(String overlay, Breakage breakage, List<String> expected) throws IOException {
        reportsExactlyWhatBroke(overlay, breakage, expected);
    }

    @ParameterizedTest
    @FieldSource("BREAKAGES")
    void reportsExactlyWhatBroke(String overlay, Breakage breakage, List<String> expected) throws IOException {
        copyManifests();
        breakage.apply(manifests);

        List<String> violations = ManifestChecks.all(Rendered.overlay(manifests, Overlay.named(overlay)),
                Rendered.cluster(manifests), Overlay.named(overlay));

        assertThat(violations).containsExactlyInAnyOrderElementsOf(expected);
    }

    static final List<Arguments> MISSPELLINGS = List.of(
            argumentSet("in a Deployment", replace("base/gateway/deployment.yaml", "readinessProbe:", "readinesProbe:"),
                    "Deployment gateway: unknown field spec.template.spec.containers[0].readinesProbe"),
            argumentSet("in an HTTPRoute", replace("entry/gateway-api/routes.yaml",
                    "      backendRefs:\n        - name: gateway\n", "      backendRef:\n        - name: gateway\n"),
                    "HTTPRoute api: unknown field spec.rules[0].backendRef"),
            argumentSet("in a Gateway's listener", replace("entry/gateway-api/gateway.yaml",
                    "    - name: http\n      port: 80\n", "    - name: http\n      prot: 80\n"),
                    "Gateway newsgraph: unknown field spec.listeners[3].prot"));

    @ParameterizedTest
    @FieldSource("MISSPELLINGS")
    void aMisspeltFieldStopsTheChecksNamingIt(Breakage breakage, String message) throws IOException {
        copyManifests();
        breakage.apply(manifests);

        assertThatThrownBy(() -> Rendered.overlay(manifests, Overlay.named("dev")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static final List<Arguments> CLUSTER_MISSPELLINGS = List.of(
            argumentSet("a misspelt field", replace("cluster/cert-manager-issuers.yaml",
                    "    privateKeySecretRef:\n      name: letsencrypt-account\n",
                    "    privateKeySecretRf:\n      name: letsencrypt-account\n"),
                    "ClusterIssuer letsencrypt: unknown field spec.acme.privateKeySecretRf"),
            argumentSet("a field in the wrong place", replace("cluster/cert-manager-issuers.yaml",
                    "                sectionName: http\n---",
                    "                sectionName: http\n          port: 80\n---"),
                    "ClusterIssuer letsencrypt: unknown field spec.acme.solvers[0].http01.port"),
            argumentSet("text for a boolean", replace("cluster/cert-manager-issuers.yaml",
                    "    server: https://acme-v02.api.letsencrypt.org/directory\n",
                    "    server: https://acme-v02.api.letsencrypt.org/directory\n    skipTLSVerify: \"no\"\n"),
                    "ClusterIssuer letsencrypt: spec.acme.skipTLSVerify Cannot coerce String value (\"no\") to "
                            + "`java.lang.Boolean` value (but might if coercion using `CoercionConfig` was enabled)"));

    @ParameterizedTest
    @FieldSource("CLUSTER_MISSPELLINGS")
    void aClusterIssuerOutsideCertManagersModelStopsTheChecksNamingTheField(Breakage breakage, String message) throws IOException {
        copyManifests();
        breakage.apply(manifests);

        assertThatThrownBy(() -> Rendered.cluster(manifests))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static final List<Arguments> SCHEMA_BREAKAGES = List.of(
            argumentSet("a misspelt field", replace("base/kafka/node-pool.yaml",
                    "        kraftMetadata: shared", "        kraftMetdata: shared"),
                    "KafkaNodePool dual-role: $.spec.storage.volumes[0]: property 'kraftMetdata' is not defined in the "
                            + "schema and the schema does not allow additional properties"),
            argumentSet("a field v1 no longer has", replace("base/kafka/kafka.yaml",
                    "    config:\n      # Every topic", "    replicas: 3\n    config:\n      # Every topic"),
                    "Kafka newsgraph: $.spec.kafka: property 'replicas' is not defined in the schema and the schema "
                            + "does not allow additional properties"),
            argumentSet("text for a number", replace("base/kafka/topics.yaml",
                    "let it.\n  partitions: 12", "let it.\n  partitions: twelve"),
                    "KafkaTopic actors: $.spec.partitions: string found, integer expected"),
            argumentSet("a storage type the operator does not know", replace("base/kafka/node-pool.yaml",
                    "type: persistent-claim", "type: persistent-volume"),
                    "KafkaNodePool dual-role: $.spec.storage.volumes[0].type: does not have a value in the "
                            + "enumeration [\"ephemeral\", \"persistent-claim\"]"),
            argumentSet("a misspelt metadata field", replace("base/kafka/topics.yaml",
                    "  name: articles\n  labels:", "  name: articles\n  lables:"),
                    "KafkaTopic articles: unknown field metadata.lables"));

    @ParameterizedTest
    @FieldSource("SCHEMA_BREAKAGES")
    void aCustomResourceAgainstItsOperatorsSchemaStopsTheChecksNamingTheField(Breakage breakage, String message)
            throws IOException {
        copyManifests();
        breakage.apply(manifests);

        assertThatThrownBy(() -> Rendered.overlay(manifests, Overlay.named("dev")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aKustomizationThatDoesNotRenderStopsTheChecksWithKubectlsError() throws IOException {
        copyManifests();
        addResource("base", "missing.yaml", null).apply(manifests);

        assertThatThrownBy(() -> Rendered.overlay(manifests, Overlay.named("dev")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kustomize")
                .hasMessageContaining("missing.yaml");
    }

    @Test
    void aMissingKubectlIsReportedWithHowToInstallIt() {
        assertThatThrownBy(() -> new Kubectl("/nonexistent/kubectl").kustomize(Repository.manifests()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot run /nonexistent/kubectl")
                .hasMessageContaining("kubernetes-client")
                .hasMessageContaining("KUBECTL");
    }

    private void copyManifests() throws IOException {
        Path original = Repository.manifests();
        try (Stream<Path> paths = Files.walk(original)) {
            for (Path path : paths.toList()) {
                Path copy = manifests.resolve(original.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private static Breakage replace(String file, String original, String replacement) {
        return manifests -> {
            Path path = manifests.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(original)) {
                throw new IllegalStateException(file + " no longer contains the text this case breaks:\n" + original);
            }
            Files.writeString(path, text.replace(original, replacement));
        };
    }

    /** One more public path to Keycloak, beside the ones entry/gateway-api/routes.yaml has. */
    private static Breakage keycloakRoute(String path) {
        return replace("entry/gateway-api/routes.yaml", "            value: /resources\n",
                "            value: /resources\n"
                + "        - path:\n"
                + "            type: PathPrefix\n"
                + "            value: " + path + "\n");
    }

    /** One more egress rule, first in a NetworkPolicy's list. */
    private static Breakage egressRule(String file, String rule) {
        return replace(file, "  egress:\n", "  egress:\n" + rule);
    }

    private static Breakage remove(String file, String text) {
        return replace(file, text, "");
    }

    /** Lists a resource in a kustomization, writing the file too unless {@code content} is null. */
    private static Breakage addResource(String kustomization, String file, String content) {
        return manifests -> {
            if (content != null) {
                Files.writeString(manifests.resolve(kustomization).resolve(file), content);
            }
            replace(kustomization + "/kustomization.yaml", "resources:\n", "resources:\n  - " + file + "\n")
                    .apply(manifests);
        };
    }
}
