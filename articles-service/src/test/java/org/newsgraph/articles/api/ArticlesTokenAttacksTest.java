package org.newsgraph.articles.api;

import org.newsgraph.security.routes.Service;
import org.newsgraph.security.testing.TokenAttacksContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticlesTokenAttacksTest extends TokenAttacksContract {

    @Override
    protected Service component() {
        return Service.ARTICLES;
    }
}
