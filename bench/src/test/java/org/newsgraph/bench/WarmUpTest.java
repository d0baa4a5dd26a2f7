package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void goesOnWhileEachBurstIsClearlyFaster() {
        WarmUp warmUp = WarmUp.STARTED;
        for (double perSecond : new double[] {100, 130, 160, 200, 250}) {
            warmUp = warmUp.after(perSecond);
        }
        assertThat(warmUp.done()).isFalse();
        assertThat(warmUp.fastest()).isEqualTo(250);
    }

    @Test
    void isDoneAfterThreeBurstsInARowWithinATwentiethOfTheFastest() {
        WarmUp warmUp = WarmUp.STARTED.after(300).after(310).after(290);
        assertThat(warmUp.done()).isFalse();
        assertThat(warmUp.after(312).done()).isTrue();
    }

    @Test
    void aClearlyFasterBurstStartsTheCountAgain() {
        WarmUp warmUp = WarmUp.STARTED.after(300).after(300).after(300).after(330);
        assertThat(warmUp.done()).isFalse();
        assertThat(warmUp.notFaster()).isZero();
        assertThat(warmUp.after(320).after(325).done()).isFalse();
    }
}
