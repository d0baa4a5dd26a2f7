package org.newsgraph.deploy;

import java.util.ArrayList;
import java.util.List;

/** Every check on a rendered overlay; each violation is one sentence naming the object at fault. */
final class ManifestChecks {

    private ManifestChecks() {
    }

    /** {@code cluster} is what deploy/k8s/cluster renders to, which every overlay expects in its cluster. */
    static List<String> all(Manifests manifests, Manifests cluster, Overlay overlay) {
        WorkloadChecks workloads = new WorkloadChecks(manifests, overlay);
        WiringChecks wiring = new WiringChecks(manifests, overlay);
        OperatorChecks operators = new OperatorChecks(manifests, overlay);
        ScaleChecks scale = new ScaleChecks(manifests);
        List<String> violations = new ArrayList<>();
        violations.addAll(workloads.containers());
        violations.addAll(workloads.runtime());
        violations.addAll(workloads.serviceAccounts());
        violations.addAll(workloads.images());
        violations.addAll(workloads.guards());
        violations.addAll(wiring.services());
        violations.addAll(wiring.publicEntry());
        violations.addAll(wiring.configuration());
        violations.addAll(wiring.secrets());
        violations.addAll(new NetworkChecks(manifests, overlay).all());
        violations.addAll(operators.kafka());
        violations.addAll(operators.databases());
        violations.addAll(operators.storageSizes());
        violations.addAll(operators.keycloak());
        violations.addAll(scale.databaseConnections());
        violations.addAll(scale.consumers());
        violations.addAll(new IssuerChecks(manifests, cluster).http01());
        violations.addAll(new MonitoringChecks(manifests, overlay).all());
        return violations;
    }
}
