package org.newsgraph.articles.api;

import org.newsgraph.security.routes.Service;
import org.newsgraph.security.testing.AdmissionContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticlesAdmissionTest extends AdmissionContract {

    @Override
    protected Service component() {
        return Service.ARTICLES;
    }
}
