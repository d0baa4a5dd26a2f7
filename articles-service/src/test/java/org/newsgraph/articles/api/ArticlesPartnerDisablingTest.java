package org.newsgraph.articles.api;

import org.newsgraph.security.routes.Service;
import org.newsgraph.security.testing.PartnerDisablingContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticlesPartnerDisablingTest extends PartnerDisablingContract {

    @Override
    protected Service component() {
        return Service.ARTICLES;
    }
}
