package org.newsgraph.bench;

/**
 * When a warming platform has stopped getting faster: after three bursts in a row no faster than the fastest so far
 * by a twentieth. Smaller gains are within the noise of one burst.
 *
 * @param fastest the fastest burst so far, in articles per second
 * @param notFaster bursts in a row since the last that was faster by more than a twentieth
 */
record WarmUp(double fastest, int notFaster) {

    static final WarmUp STARTED = new WarmUp(0, 0);

    WarmUp after(double perSecond) {
        return new WarmUp(Math.max(fastest, perSecond), perSecond > fastest * 1.05 ? 0 : notFaster + 1);
    }

    boolean done() {
        return notFaster >= 3;
    }
}
