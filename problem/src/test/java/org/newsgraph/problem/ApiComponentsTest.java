package org.newsgraph.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ApiComponentsTest {

    @Test
    void describesEveryFieldOfAProblemAndNoOther() {
        assertThat(ApiComponents.problem().getProperties().keySet())
                .containsExactlyElementsOf(Arrays.stream(Problem.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }
}
