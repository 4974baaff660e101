package org.boxoffice.it;

import java.nio.file.Path;

/** What the build tells the integration tests (see the failsafe configuration of web-module/pom.xml). */
public final class ItSettings {

    private ItSettings() {}

    /** The folder for the tests' files, under target/. */
    public static Path directory() {
        return Path.of(required("boxoffice.it.dir"));
    }

    /** What the launcher runs: the WAR, Payara Micro, the resource adapter, the post-boot commands. */
    public static Path runtime() {
        return Path.of(required("boxoffice.it.runtime"));
    }

    /** The launcher itself, config/bin/boxoffice: the README's run command. */
    public static Path launcher() {
        return Path.of(required("boxoffice.it.launcher"));
    }

    /** Where the training guide's pictures go: docs/training, in the source tree. */
    public static Path guideImages() {
        return Path.of(required("boxoffice.it.guide-images"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: run the integration tests with mvn verify");
        }
        return value;
    }
}
