package org.newsgraph.gateway.partners;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param clientId the OAuth client the partner will authenticate as; partner clients are named partner-…
 * @param quota its quota; the default one when not given
 */
public record NewPartner(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Pattern(regexp = PartnerRegistry.CLIENT_ID_PATTERN, message = "must be partner- followed by lower-case letters, digits and dashes")
        String clientId,
        @Valid Quota quota) {
}
