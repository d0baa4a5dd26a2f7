package org.newsgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The checked-in overlays pass every check; BrokenManifestsTest shows each check catching what it is for. */
class OverlayChecksTest {

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void containersProbeHealthBoundTheirResourcesAndRunLockedDown(Overlay overlay) {
        assertThat(new WorkloadChecks(Rendered.overlay(overlay), overlay).containers()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void jvmsAreSizedToTheirContainersAndStopGracefully(Overlay overlay) {
        assertThat(new WorkloadChecks(Rendered.overlay(overlay), overlay).runtime()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void workloadsRunAsTheirOwnServiceAccountWithoutAnApiToken(Overlay overlay) {
        assertThat(new WorkloadChecks(Rendered.overlay(overlay), overlay).serviceAccounts()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void imagesArePinnedToAVersionAndMadeByTheBuild(Overlay overlay) {
        assertThat(new WorkloadChecks(Rendered.overlay(overlay), overlay).images()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void workloadsHaveADisruptionBudgetANetworkPolicyAndAnAutoscaler(Overlay overlay) {
        assertThat(new WorkloadChecks(Rendered.overlay(overlay), overlay).guards()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void servicesSelectTheirDeploymentsAndTargetDeclaredPorts(Overlay overlay) {
        assertThat(new WiringChecks(Rendered.overlay(overlay), overlay).services()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void thePublicEntryServesOnlyThePublicServicesOverTls(Overlay overlay) {
        assertThat(new WiringChecks(Rendered.overlay(overlay), overlay).publicEntry()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void certManagerIssuesThePublicCertificateThroughThePublicEntry(Overlay overlay) {
        assertThat(new IssuerChecks(Rendered.overlay(overlay), Rendered.cluster()).http01()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void productionIsScrapedAlertedOnAndDrawnFromMetricsTheServicesHave(Overlay overlay) {
        assertThat(new MonitoringChecks(Rendered.overlay(overlay), overlay).all()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void servicesGetEveryVariableTheyReadPointingAtWhatTheOverlayServes(Overlay overlay) {
        assertThat(new WiringChecks(Rendered.overlay(overlay), overlay).configuration()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void noSecretIsCommittedAndEveryReferencedOneIsAccountedFor(Overlay overlay) {
        assertThat(new WiringChecks(Rendered.overlay(overlay), overlay).secrets()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void networkPoliciesDenyByDefaultAndAdmitOnlyTheDesignedCallers(Overlay overlay) {
        assertThat(new NetworkChecks(Rendered.overlay(overlay), overlay).all()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void kafkaRunsInKraftModeReplicatedToItsSizeWithTheContractsTopics(Overlay overlay) {
        assertThat(new OperatorChecks(Rendered.overlay(overlay), overlay).kafka()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void eachDatabaseHasTheEnvironmentsInstanceCount(Overlay overlay) {
        assertThat(new OperatorChecks(Rendered.overlay(overlay), overlay).databases()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void everyClaimedVolumeHasAQuantityForItsSize(Overlay overlay) {
        assertThat(new OperatorChecks(Rendered.overlay(overlay), overlay).storageSizes()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void keycloakImportsTheProductionRealmUnchanged(Overlay overlay) {
        assertThat(new OperatorChecks(Rendered.overlay(overlay), overlay).keycloak()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void databaseConnectionsFitThePoolersAndPostgresAtTheAutoscalersMaximum(Overlay overlay) {
        assertThat(new ScaleChecks(Rendered.overlay(overlay)).databaseConnections()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("org.newsgraph.deploy.Overlay#ALL")
    void noConsumerGroupOutgrowsItsTopicsPartitionsAtTheAutoscalersMaximum(Overlay overlay) {
        assertThat(new ScaleChecks(Rendered.overlay(overlay)).consumers()).isEmpty();
    }
}
